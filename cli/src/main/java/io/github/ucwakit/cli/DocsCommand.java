package io.github.ucwakit.cli;

import io.github.ucwakit.docs.DocsFormat;
import io.github.ucwakit.docs.DocsGenerator;
import io.github.ucwakit.docs.DocsOptions;
import io.github.ucwakit.docs.DocsResult;
import io.github.ucwakit.generator.UcwaGenerator;
import io.github.ucwakit.schema.WarningPolicy;
import io.github.ucwakit.schema.load.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ucwakit docs}: the same reference as the Maven goal {@code docs}. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Writes the reference of the descriptors as Markdown and HTML pages; on a descriptor error "
                + "writes nothing.")
final class DocsCommand implements Callable<Integer> {

    @Mixin
    DescriptorFolders input;

    @Option(names = {"-o", "--output"}, required = true,
            description = "Folder the markdown/ and html/ sub-folders are written to.")
    Path output;

    @Option(names = {"-t", "--title"}, defaultValue = DocsOptions.DEFAULT_TITLE,
            description = "Title of the reference; default: ${DEFAULT-VALUE}.")
    String title;

    @Option(names = {"-p", "--package"},
            description = "Package of the generated classes, named beside each member; default: class names alone.")
    String javaPackage;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Formats to write: ${COMPLETION-CANDIDATES}; default: both.")
    Set<DocsFormat> formats;

    @Mixin
    WarningSettings warnings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        WarningPolicy policy = warnings.policy();
        LoadResult loaded = new UcwaGenerator().validate(input.folders, policy);
        WarningSettings.print(loaded.diagnostics(), policy, err);
        if (loaded.hasErrors()) {
            spec.commandLine().getOut().println("not written: " + WarningSettings.counts(loaded.diagnostics()));
            return UcwakitCommand.DESCRIPTOR_ERRORS;
        }
        Set<DocsFormat> wanted = formats == null || formats.isEmpty() ? EnumSet.allOf(DocsFormat.class) : formats;
        try {
            DocsResult result = new DocsGenerator().generate(loaded.model().orElseThrow(),
                    new DocsOptions(output, title, wanted).withJavaPackage(javaPackage));
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %s written, %d unchanged, %d deleted in %s%n",
                    DescriptorFolders.count(result.pages(), "page"),
                    DescriptorFolders.count(result.written().size(), "file"), result.unchanged().size(),
                    result.deleted().size(), output);
            return 0;
        } catch (IOException e) {
            err.println("cannot write the reference: " + e.getMessage());
            return UcwakitCommand.IO_ERROR;
        }
    }
}
