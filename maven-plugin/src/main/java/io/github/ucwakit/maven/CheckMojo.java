package io.github.ucwakit.maven;

import io.github.ucwakit.conformance.check.CheckException;
import io.github.ucwakit.conformance.check.CheckOptions;
import io.github.ucwakit.conformance.check.CheckResult;
import io.github.ucwakit.conformance.check.PageCheck;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a folder of UCWA reference pages from scratch, the way to take a new copy of the reference: imports it
 * (with the overrides), generates the bindings, compiles them and runs the conformance suite over every sample body
 * of the pages, writing the report as JSON and Markdown. The build fails when a body fails, or when the check cannot
 * get as far as the suite.
 */
@Mojo(name = "check", threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {

    /** The folder of reference pages. */
    @Parameter(property = "ucwakit.pagesDirectory", required = true)
    File pagesDirectory;

    /** Hand-written partial descriptors applied over the imported ones; none when not given or missing. */
    @Parameter(property = "ucwakit.overridesDirectory")
    File overridesDirectory;

    /**
     * Where the descriptors, sources, classes and the report ({@code report/conformance-report.json} and
     * {@code .md}) go; new, empty, or made by an earlier check (its content is replaced).
     */
    @Parameter(property = "ucwakit.checkDirectory", defaultValue = "${project.build.directory}/ucwakit-check")
    File checkDirectory;

    /** The package of the generated classes. */
    @Parameter(property = "ucwakit.packageName", defaultValue = CheckOptions.DEFAULT_PACKAGE)
    String packageName;

    /** Skips the goal. */
    @Parameter(property = "ucwakit.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping UCWA reference check (ucwakit.skip)");
            return;
        }
        CheckOptions options = new CheckOptions(pagesDirectory.toPath(), checkDirectory.toPath(),
                overridesDirectory == null || !overridesDirectory.isDirectory() ? null : overridesDirectory.toPath(),
                packageName);
        CheckResult result;
        try {
            result = new PageCheck(getLog()::info).run(options);
        } catch (CheckException e) {
            throw new MojoFailureException("UCWA reference check of " + pagesDirectory + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot check the reference pages of " + pagesDirectory + ": "
                    + e.getMessage(), e);
        }
        String summary = String.format(Locale.ROOT, "UCWA reference check of %s: %d bodies, %d failed; report in %s",
                pagesDirectory, result.report().bodies().size(), result.failedBodies(), result.reportDirectory());
        if (!result.passed()) {
            throw new MojoFailureException(summary);
        }
        getLog().info(summary);
    }
}
