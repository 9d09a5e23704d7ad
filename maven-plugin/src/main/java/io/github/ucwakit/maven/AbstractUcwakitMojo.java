package io.github.ucwakit.maven;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.DiagnosticReport;
import io.github.ucwakit.schema.WarningPolicy;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters and reporting shared by every ucwakit goal. */
abstract class AbstractUcwakitMojo extends AbstractMojo {

    /** The folder searched, recursively, for descriptors ({@code *.yaml}, {@code *.yml}, {@code *.json}). */
    @Parameter(property = "ucwakit.descriptorDirectory", defaultValue = "${project.basedir}/src/main/ucwa",
            required = true)
    File descriptorDirectory;

    /** Skips the goal. */
    @Parameter(property = "ucwakit.skip", defaultValue = "false")
    boolean skip;

    /**
     * What to do with each kind of warning, as {@code kind=level} pairs separated by commas, the level one of
     * {@code ignore}, {@code warning} (list every one) and {@code error} (fail the build):
     * {@code undescribed-reference=ignore,java-rename=error}. Kinds: undescribed-reference, empty-folder,
     * java-rename, not-generated, reference-page, override. A kind not named is kept as a warning, and printed as
     * one line when it has more than ten.
     */
    @Parameter(property = "ucwakit.warnings")
    String warnings;

    List<Path> descriptorDirectories() {
        return List.of(descriptorDirectory.toPath());
    }

    /** The warning policy of {@link #warnings}; a failure naming the mistake when it is not one. */
    WarningPolicy warningPolicy() throws MojoFailureException {
        try {
            return WarningPolicy.parse(warnings);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("ucwakit.warnings: " + e.getMessage(), e);
        }
    }

    /** Logs each diagnostic at its level, a kind with many warnings as one line. */
    void report(List<Diagnostic> diagnostics, WarningPolicy policy) {
        Log log = getLog();
        for (DiagnosticReport.Line line : DiagnosticReport.lines(diagnostics, policy)) {
            if (line.error()) {
                log.error(line.text());
            } else {
                log.warn(line.text());
            }
        }
    }

    /** {@code 1 file}, {@code 2 files}: a count with its noun. */
    static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The failure a goal throws when descriptors hold errors; its message lists every diagnostic. */
    static MojoFailureException descriptorFailure(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        StringBuilder message = new StringBuilder()
                .append(count((int) errors, "error"))
                .append(" in UCWA descriptors:");
        diagnostics.stream()
                .filter(Diagnostic::isError)
                .forEach(d -> message.append(System.lineSeparator()).append(d));
        return new MojoFailureException(message.toString());
    }
}
