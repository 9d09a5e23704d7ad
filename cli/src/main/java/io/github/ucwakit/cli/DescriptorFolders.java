package io.github.ucwakit.cli;

import io.github.ucwakit.schema.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The descriptor folders every command takes, and how diagnostics are printed. */
final class DescriptorFolders {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders searched recursively for descriptors.")
    List<Path> folders;

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        diagnostics.forEach(d -> err.println(d));
        err.flush();
    }
}
