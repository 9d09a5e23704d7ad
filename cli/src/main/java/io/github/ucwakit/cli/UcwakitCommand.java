package io.github.ucwakit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ucwakit} command: validate, generate and docs, over the same core as the Maven goals. */
@Command(
        name = "ucwakit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns UCWA resource descriptors into Java bindings for JSON and XML.",
        subcommands = {ValidateCommand.class, GenerateCommand.class, DocsCommand.class, ImportCommand.class,
            CheckCommand.class, CommandLine.HelpCommand.class})
public final class UcwakitCommand {

    /** Exit status when descriptors hold errors. */
    static final int DESCRIPTOR_ERRORS = 1;

    /** Exit status when files cannot be read or written. */
    static final int IO_ERROR = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new UcwakitCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
