package io.github.ucwakit.maven;

import io.github.ucwakit.generator.UcwaGenerator;
import io.github.ucwakit.schema.WarningPolicy;
import io.github.ucwakit.schema.load.LoadResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the descriptors and reports every problem as {@code file:line:col: message}; generates nothing. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractUcwakitMojo {

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping UCWA descriptor validation (ucwakit.skip)");
            return;
        }
        WarningPolicy policy = warningPolicy();
        LoadResult result = new UcwaGenerator().validate(descriptorDirectories(), policy);
        report(result.diagnostics(), policy);
        if (result.hasErrors()) {
            throw descriptorFailure(result.diagnostics());
        }
        result.model().ifPresent(model -> getLog().info("UCWA descriptors are valid: "
                + count(model.resources().size(), "resource") + ", "
                + count(model.enumerations().size(), "enumeration") + ", "
                + count(result.warnings().size(), "warning")));
    }
}
