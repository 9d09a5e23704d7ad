package io.github.ucwakit.cli;

import io.github.ucwakit.importer.ImportOptions;
import io.github.ucwakit.importer.ImportResult;
import io.github.ucwakit.importer.PageImporter;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.WarningPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    WarningSettings warnings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WarningPolicy policy = warnings.policy();
        ImportResult result;
        try {
            result = new PageImporter().importFolder(new ImportOptions(pages, output, overrides));
        } catch (IOException e) {
            err.println("cannot import " + pages + ": " + e.getMessage());
            return UcwakitCommand.IO_ERROR;
        }
        List<Diagnostic> diagnostics = policy.apply(result.diagnostics());
        WarningSettings.print(diagnostics, policy, err);
        result.reviewMarks().forEach(mark -> out.println("review: " + mark));
        int errors = (int) diagnostics.stream().filter(Diagnostic::isError).count();
        out.printf(Locale.ROOT, "%s written, %d unchanged, %s, %s, %s in %s%n",
                DescriptorFolders.count(result.written().size(), "descriptor"), result.unchanged().size(),
                DescriptorFolders.count(diagnostics.size() - errors, "warning"),
                DescriptorFolders.count(errors, "error"),
                DescriptorFolders.count(result.reviewMarks().size(), "review note"), output);
        out.flush();
        return errors > 0 ? UcwakitCommand.DESCRIPTOR_ERRORS : 0;
    }
}
