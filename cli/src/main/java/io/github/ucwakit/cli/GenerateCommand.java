package io.github.ucwakit.cli;

import io.github.ucwakit.generator.GenerateOptions;
import io.github.ucwakit.generator.GenerationResult;
import io.github.ucwakit.generator.UcwaGenerator;
import io.github.ucwakit.schema.DescriptorException;
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

/** {@code ucwakit generate}: the same generation as the Maven goal {@code generate}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates Java bindings from descriptors; on a descriptor error writes nothing.")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    DescriptorFolders input;

    @Option(names = {"-p", "--package"}, required = true, description = "Java package of the generated classes.")
    String javaPackage;

    @Option(names = {"-o", "--output"}, required = true, description = "Folder for generated Java sources.")
    Path output;

    @Option(names = {"-r", "--resources"},
            description = "Folder for generated resources (ServiceLoader registration); default: the output folder.")
    Path resources;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GenerateOptions options =
                new GenerateOptions(input.folders, output, resources == null ? output : resources, javaPackage);
        try {
            GenerationResult result = new UcwaGenerator().generate(options);
            DescriptorFolders.print(result.warnings(), err);
            out.printf(Locale.ROOT, "%d resources, %d enumerations: %d files written, %d unchanged, %d deleted in %s%n",
                    result.resources(), result.enumerations(), result.written().size(),
                    result.unchanged().size(), result.deleted().size(), output);
            return 0;
        } catch (DescriptorException e) {
            DescriptorFolders.print(e.diagnostics(), err);
            return UcwakitCommand.DESCRIPTOR_ERRORS;
        } catch (IOException e) {
            err.println("cannot write generated code: " + e.getMessage());
            return UcwakitCommand.IO_ERROR;
        }
    }
}
