package io.github.ucwakit.cli;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.DiagnosticReport;
import io.github.ucwakit.schema.WarningPolicy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --warnings} option every command takes, and how a command prints its diagnostics with it. */
final class WarningSettings {

    @Option(names = "--warnings", split = ",", paramLabel = "KIND=LEVEL",
            description = "What to do with a kind of warning: ignore, warning (list every one) or error. Kinds: "
                    + "undescribed-reference, empty-folder, java-rename, not-generated, reference-page, override.")
    List<String> settings = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The policy the option gives; a usage error when it names an unknown kind or level. */
    WarningPolicy policy() {
        try {
            return WarningPolicy.parse(String.join(",", settings));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warnings: " + e.getMessage());
        }
    }

    /** Prints the diagnostics as the policy says, a kind with many warnings as one line. */
    static void print(List<Diagnostic> diagnostics, WarningPolicy policy, PrintWriter err) {
        DiagnosticReport.lines(diagnostics, policy).forEach(line -> err.println(line.text()));
        err.flush();
    }

    /** {@code 2 errors, 1 warning}: the counts a run ends with. */
    static String counts(List<Diagnostic> diagnostics) {
        int errors = (int) diagnostics.stream().filter(Diagnostic::isError).count();
        return DescriptorFolders.count(errors, "error") + ", "
                + DescriptorFolders.count(diagnostics.size() - errors, "warning");
    }
}
