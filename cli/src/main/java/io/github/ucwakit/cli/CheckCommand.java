package io.github.ucwakit.cli;

import io.github.ucwakit.conformance.check.CheckException;
import io.github.ucwakit.conformance.check.CheckOptions;
import io.github.ucwakit.conformance.check.CheckResult;
import io.github.ucwakit.conformance.check.PageCheck;
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

/** {@code ucwakit check PAGES -w DIR}: the same check of a folder of reference pages as the Maven goal {@code check}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a folder of UCWA reference pages from scratch: imports it, generates and compiles the "
                + "bindings, and reads and writes back every sample body of the pages; writes the report as JSON and "
                + "Markdown. Exit status 0 when every body passes, 1 when one fails or the check cannot reach the "
                + "suite, 3 when files cannot be read or written.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PAGES", description = "The folder of reference pages.")
    Path pages;

    @Option(names = {"-w", "--work"}, required = true,
            description = "Folder for the descriptors, sources, classes and report (new, empty, or made by an "
                    + "earlier check; its content is replaced).")
    Path work;

    @Option(names = {"--overrides"},
            description = "Folder of hand-written partial descriptors applied over the imported ones.")
    Path overrides;

    @Option(names = {"-p", "--package"}, defaultValue = CheckOptions.DEFAULT_PACKAGE,
            description = "Package of the generated classes (default: ${DEFAULT-VALUE}).")
    String packageName;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckResult result;
        try {
            result = new PageCheck(out::println).run(new CheckOptions(pages, work, overrides, packageName));
        } catch (CheckException e) {
            err.println("check of " + pages + ": " + e.getMessage());
            return UcwakitCommand.DESCRIPTOR_ERRORS;
        } catch (IOException e) {
            err.println("cannot check " + pages + ": " + e.getMessage());
            return UcwakitCommand.IO_ERROR;
        }
        out.printf(Locale.ROOT, "%d bodies, %d failed; report in %s%n", result.report().bodies().size(),
                result.failedBodies(), result.reportDirectory());
        out.flush();
        return result.passed() ? 0 : UcwakitCommand.DESCRIPTOR_ERRORS;
    }
}
