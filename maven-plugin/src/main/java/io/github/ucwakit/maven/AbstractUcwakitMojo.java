package io.github.ucwakit.maven;

import io.github.ucwakit.schema.Diagnostic;
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
    @Parameter(property = "ucwakit.descriptorDirectory", defaultValue = "${project.basedir}/src/main/ucwa", required = true)
    File descriptorDirectory;

    /** Skips the goal. */
    @Parameter(property = "ucwakit.skip", defaultValue = "false")
    boolean skip;

    List<Path> descriptorDirectories() {
        return List.of(descriptorDirectory.toPath());
    }

    /** Logs each diagnostic at its level. */
    void report(List<Diagnostic> diagnostics) {
        Log log = getLog();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                log.error(diagnostic.toString());
            } else {
                log.warn(diagnostic.toString());
            }
        }
    }

    /** The failure a goal throws when descriptors hold errors; its message lists every diagnostic. */
    static MojoFailureException descriptorFailure(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        StringBuilder message = new StringBuilder()
                .append(errors)
                .append(errors == 1 ? " error" : " errors")
                .append(" in UCWA descriptors:");
        diagnostics.stream()
                .filter(Diagnostic::isError)
                .forEach(d -> message.append(System.lineSeparator()).append(d));
        return new MojoFailureException(message.toString());
    }
}
