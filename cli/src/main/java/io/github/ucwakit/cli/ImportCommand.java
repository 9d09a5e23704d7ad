package io.github.ucwakit.cli;

import io.github.ucwakit.importer.ImportOptions;
import io.github.ucwakit.importer.ImportResult;
import io.github.ucwakit.importer.PageImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ucwakit import PAGES -o DIR}: the same import of reference pages as the Maven goal {@code import}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a folder of UCWA reference pages (*_ref.md) into descriptors, one per resource and "
                + "enumeration page; prints every warning and the review notes left where the importer guessed.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PAGES", description = "The folder of reference pages.")
    Path pages;

    @Option(names = {"-o", "--output"}, required = true,
            description = "Folder the descriptors are written to (only those whose bytes change).")
    Path output;

    @Option(names = {"--overrides"},
            description = "Folder of hand-written partial descriptors applied over the imported ones.")
    Path overrides;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportResult result;
        try {
            result = new PageImporter().importFolder(new ImportOptions(pages, output, overrides));
        } catch (IOException e) {
            err.println("cannot import " + pages + ": " + e.getMessage());
            return UcwakitCommand.IO_ERROR;
        }
        DescriptorFolders.print(result.diagnostics(), err);
        result.reviewMarks().forEach(mark -> out.println("review: " + mark));
        out.printf(Locale.ROOT, "%d descriptors written, %d unchanged, %d warnings, %d errors, %d review notes in %s%n",
                result.written().size(), result.unchanged().size(), result.warnings().size(),
                result.errors().size(), result.reviewMarks().size(), output);
        out.flush();
        return result.hasErrors() ? UcwakitCommand.DESCRIPTOR_ERRORS : 0;
    }
}
