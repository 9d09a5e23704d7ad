package io.github.ucwakit.conformance.check;

import io.github.ucwakit.conformance.ConformanceReport;
import io.github.ucwakit.conformance.ConformanceSuite;
import io.github.ucwakit.conformance.ExpectedTypes;
import io.github.ucwakit.conformance.KindCount;
import io.github.ucwakit.conformance.ReportWriter;
import io.github.ucwakit.generator.GenerateOptions;
import io.github.ucwakit.generator.GenerationResult;
import io.github.ucwakit.generator.UcwaGenerator;
import io.github.ucwakit.importer.ImportOptions;
import io.github.ucwakit.importer.ImportResult;
import io.github.ucwakit.importer.PageImporter;
import io.github.ucwakit.runtime.BindingProvider;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.Diagnostic;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Checks a folder of reference pages from scratch, the way to take a new copy of the reference: imports it (with
 * optional overrides) into a work folder, generates the bindings, compiles them in process with the JDK's compiler,
 * loads them in a class loader of their own and runs the conformance suite over the same pages, writing the report
 * as JSON and Markdown. The Maven goal {@code check} and the command {@code ucwakit check} are thin shells over it.
 */
public final class PageCheck {

    /** The file that marks a work folder as one a check made, so that it may be emptied. */
    static final String MARKER = ".ucwakit-check";

    private final Consumer<String> log;

    /** @param log receives the import's diagnostics, one line per step and the counts */
    public PageCheck(Consumer<String> log) {
        this.log = log;
    }

    /**
     * Runs the whole check. Bodies that fail are counted in the result and listed in the report; a failure to get as
     * far as the suite (import errors, descriptors that do not load, code that does not compile) is a
     * {@link CheckException}.
     */
    public CheckResult run(CheckOptions options) throws IOException {
        long start = System.nanoTime();
        clean(options.workDirectory());

        ImportResult imported = new PageImporter().importFolder(new ImportOptions(options.pagesDirectory(),
                options.descriptors(), options.overrides().orElse(null)));
        imported.diagnostics().forEach(d -> log.accept(d.toString()));
        step(start, "import of %s: %d descriptors, %d warnings, %d errors, %d review notes",
                options.pagesDirectory(), imported.written().size() + imported.unchanged().size(),
                imported.warnings().size(), imported.errors().size(), imported.reviewMarks().size());
        if (imported.hasErrors()) {
            throw new CheckException("the import has errors; nothing generated");
        }

        GenerationResult generated;
        try {
            generated = new UcwaGenerator().generate(new GenerateOptions(List.of(options.descriptors()),
                    options.sources(), options.resources(), options.javaPackage()));
        } catch (DescriptorException e) {
            e.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> log.accept(d.toString()));
            throw new CheckException("the imported descriptors have errors; nothing generated");
        }
        step(start, "generation: %d resources, %d enumerations, %d files, %d warnings", generated.resources(),
                generated.enumerations(), generated.written().size(), generated.warnings().size());

        try {
            GeneratedCodeCompiler.compile(options.sources(), options.classes());
        } catch (IllegalStateException e) {
            throw new CheckException(e.getMessage());
        }
        step(start, "compilation into %s", options.classes());

        ConformanceReport report;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {options.classes().toUri().toURL(),
                options.resources().toUri().toURL()}, PageCheck.class.getClassLoader())) {
            List<BindingProvider> providers = providers(loader);
            report = new ConformanceSuite(UcwaCodec.of(bindings(providers)),
                    providers.stream().flatMap(p -> p.inputBindings().stream()).toList(),
                    expected(options.descriptors())).run(options.pagesDirectory());
        }
        Path reportFolder = new ReportWriter().write(report, options.report());
        step(start, "conformance of %d resource pages, report in %s", report.pages().size(), reportFolder);
        for (KindCount c : report.countsByKind()) {
            log.accept("  " + c.summary());
        }
        return new CheckResult(imported, generated, report, reportFolder);
    }

    private static ExpectedTypes expected(Path descriptors) {
        try {
            return ExpectedTypes.of(descriptors);
        } catch (DescriptorException e) {
            throw new CheckException("the imported descriptors do not load: " + e.getMessage());
        }
    }

    /** The providers this loader itself defines (not those of its parents). */
    private static List<BindingProvider> providers(ClassLoader loader) {
        List<BindingProvider> providers = new ArrayList<>();
        for (BindingProvider provider : ServiceLoader.load(BindingProvider.class, loader)) {
            if (provider.getClass().getClassLoader() == loader) {
                providers.add(provider);
            }
        }
        return providers;
    }

    private static List<ResourceBinding<?>> bindings(List<BindingProvider> providers) {
        List<ResourceBinding<?>> bindings = new ArrayList<>();
        providers.forEach(provider -> bindings.addAll(provider.bindings()));
        if (bindings.isEmpty()) {
            throw new CheckException("the compiled code registers no binding provider");
        }
        return bindings;
    }

    private void step(long start, String format, Object... args) {
        log.accept(String.format(Locale.ROOT, "[%5.1f s] %s", (System.nanoTime() - start) / 1e9,
                String.format(Locale.ROOT, format, args)));
    }

    /** Empties a work folder an earlier check made, or creates a new one; refuses any other folder. */
    private static void clean(Path work) throws IOException {
        if (Files.isDirectory(work) && !Files.exists(work.resolve(MARKER))) {
            try (Stream<Path> content = Files.list(work)) {
                if (content.findAny().isPresent()) {
                    throw new CheckException(work + " is not empty and was not made by this check; "
                            + "name a new or empty folder");
                }
            }
        }
        if (Files.exists(work)) {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(work);
        Files.createFile(work.resolve(MARKER));
    }
}
