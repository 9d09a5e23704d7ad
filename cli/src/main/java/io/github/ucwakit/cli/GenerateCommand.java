package io.github.ucwakit.cli;

import io.github.ucwakit.generator.GenerateOptions;
import io.github.ucwakit.generator.GenerationResult;
import io.github.ucwakit.generator.UcwaGenerator;
import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.WarningPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ucwakit generate}: the same generation as the Maven goal {@code generate}, with a state file that makes a
 * run with nothing changed do no work and lets a run delete the files it no longer produces.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates Java bindings from descriptors. When nothing changed since the last run it does no "
                + "work; otherwise it writes only the files whose bytes change and deletes the files it no longer "
                + "produces. On a descriptor error it writes nothing."})
final class GenerateCommand implements Callable<Integer> {

    /** Where the state is kept unless {@code --state} says otherwise, relative to the output folder. */
    static final Path DEFAULT_STATE = Path.of(".ucwakit", "generate.state");

    @Mixin
    DescriptorFolders input;

    @Option(names = {"-p", "--package"}, required = true, description = "Java package of the generated classes.")
    String javaPackage;

    @Option(names = {"-o", "--output"}, required = true, description = "Folder for generated Java sources.")
    Path output;

    @Option(names = {"-r", "--resources"},
            description = "Folder for generated resources (ServiceLoader registration); default: the output folder.")
    Path resources;

    @Option(names = "--state", paramLabel = "FILE",
            description = "State file (hashes of the inputs, files produced); default: OUTPUT/.ucwakit/generate.state.")
    Path state;

    @Option(names = "--no-state",
            description = "Keep no state: always generate, never delete what earlier runs produced.")
    boolean noState;

    @Mixin
    WarningSettings warnings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WarningPolicy policy = warnings.policy();
        try {
            GenerationResult result = new UcwaGenerator().generate(options().withWarnings(policy));
            WarningSettings.print(result.warnings(), policy, err);
            result.deleted().forEach(path -> out.println("deleted " + path + " (no longer generated)"));
            out.println(summary(result));
            return 0;
        } catch (DescriptorException e) {
            WarningSettings.print(e.diagnostics(), policy, err);
            out.println("not generated: " + WarningSettings.counts(e.diagnostics()));
            return UcwakitCommand.DESCRIPTOR_ERRORS;
        } catch (IOException e) {
            err.println("cannot write generated code: " + e.getMessage());
            return UcwakitCommand.IO_ERROR;
        }
    }

    GenerateOptions options() {
        GenerateOptions options = new GenerateOptions(input.folders, output, resources == null ? output : resources,
                javaPackage).withConfigurationFingerprint(VersionProvider.version());
        return noState ? options : options.withStateFile(state == null ? output.resolve(DEFAULT_STATE) : state);
    }

    private String summary(GenerationResult result) {
        String model = DescriptorFolders.count(result.resources(), "resource") + ", "
                + DescriptorFolders.count(result.enumerations(), "enumeration");
        if (result.upToDate()) {
            return String.format(Locale.ROOT, "up to date: %s, %s unchanged in %s",
                    model, DescriptorFolders.count(result.unchanged().size(), "file"), output);
        }
        return String.format(Locale.ROOT, "%s: %s written, %d unchanged, %d deleted in %s", model,
                DescriptorFolders.count(result.written().size(), "file"), result.unchanged().size(),
                result.deleted().size(), output);
    }
}
