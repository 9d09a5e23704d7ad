package io.github.ucwakit.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The descriptor folders every command takes, and how counts are printed. */
final class DescriptorFolders {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders searched recursively for descriptors.")
    List<Path> folders;

    /** {@code 1 file}, {@code 2 files}: a count with its noun, as every command prints counts. */
    static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
