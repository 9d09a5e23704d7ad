package io.github.ucwakit.cli;

import io.github.ucwakit.generator.UcwaGenerator;
import io.github.ucwakit.schema.WarningPolicy;
import io.github.ucwakit.schema.load.LoadResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ucwakit validate DIR...}: checks descriptors, prints every diagnostic, generates nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks descriptors and prints every problem as file:line:col: message.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    DescriptorFolders input;

    @Mixin
    WarningSettings warnings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WarningPolicy policy = warnings.policy();
        LoadResult result = new UcwaGenerator().validate(input.folders, policy);
        WarningSettings.print(result.diagnostics(), policy, spec.commandLine().getErr());
        if (result.hasErrors()) {
            spec.commandLine().getOut().println("invalid: " + WarningSettings.counts(result.diagnostics()));
            return UcwakitCommand.DESCRIPTOR_ERRORS;
        }
        result.model().ifPresent(model -> spec.commandLine().getOut().println("valid: "
                + DescriptorFolders.count(model.resources().size(), "resource") + ", "
                + DescriptorFolders.count(model.enumerations().size(), "enumeration") + ", "
                + DescriptorFolders.count(result.warnings().size(), "warning")));
        return 0;
    }
}
