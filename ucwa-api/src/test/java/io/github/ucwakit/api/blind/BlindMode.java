package io.github.ucwakit.api.blind;

import io.github.ucwakit.api.conformance.ConformanceReport;
import io.github.ucwakit.api.conformance.ConformanceSuite;
import io.github.ucwakit.api.conformance.ExpectedTypes;
import io.github.ucwakit.api.conformance.KindCount;
import io.github.ucwakit.api.conformance.ReportWriter;
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
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Checks any folder of reference pages from scratch: imports it (with an optional overrides folder) into a work
 * folder, generates the bindings, compiles them, loads them in a class loader of their own and runs the
 * conformance suite over the same pages, writing the same report as the build does.
 *
 * <pre>{@code BlindMode PAGES WORK [OVERRIDES]}</pre>
 *
 * The work folder must be new, empty, or one an earlier run made (it holds {@value #MARKER}); its content is
 * replaced.
 */
public final class BlindMode {

    /** The package of the generated classes, apart from the committed API's so neither shadows the other. */
    static final String PACKAGE = "io.github.ucwakit.blind.api";

    /** The file that marks a work folder as one this check made, so that it may be emptied. */
    static final String MARKER = ".ucwakit-blind-mode";

    private final PrintStream out;

    public BlindMode(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the check; fails when an argument is missing or when the check cannot reach the suite. Bodies that fail
     * the checks are counted and listed in the report; they do not fail the run.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || args[0].isBlank() || args[1].isBlank()) {
            throw new IllegalArgumentException("usage: BlindMode PAGES WORK [OVERRIDES]");
        }
        Path overrides = args.length == 3 && args[2] != null && !args[2].isBlank() ? Path.of(args[2]) : null;
        new BlindMode(System.out).run(Path.of(args[0]), Path.of(args[1]), overrides);
    }

    /** Runs the whole check; the report is also written to {@code WORK/report}. */
    public ConformanceReport run(Path pages, Path work, Path overrides) throws IOException {
        long start = System.nanoTime();
        clean(work);
        Path descriptors = work.resolve("descriptors");
        Path sources = work.resolve("generated-sources");
        Path resources = work.resolve("generated-resources");
        Path classes = work.resolve("classes");

        ImportResult imported = new PageImporter().importFolder(new ImportOptions(pages, descriptors, overrides));
        imported.warnings().forEach(w -> out.println(w));
        imported.errors().forEach(e -> out.println(e));
        step(start, "import of %s: %d descriptors, %d warnings, %d errors, %d review notes", pages,
                imported.written().size(), imported.warnings().size(), imported.errors().size(),
                imported.reviewMarks().size());
        if (imported.hasErrors()) {
            throw new BlindModeException("the import has errors; nothing generated");
        }

        GenerationResult generated;
        try {
            generated = new UcwaGenerator().generate(new GenerateOptions(List.of(descriptors), sources, resources,
                    PACKAGE));
        } catch (DescriptorException e) {
            e.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> out.println(d));
            throw new BlindModeException("the imported descriptors have errors; nothing generated");
        }
        step(start, "generation: %d resources, %d enumerations, %d files, %d warnings", generated.resources(),
                generated.enumerations(), generated.written().size(), generated.warnings().size());

        try {
            ApiCompiler.compile(sources, classes);
        } catch (IllegalStateException e) {
            throw new BlindModeException(e.getMessage());
        }
        step(start, "compilation into %s", classes);

        ConformanceReport report;
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL(), resources.toUri().toURL()}, BlindMode.class.getClassLoader())) {
            List<BindingProvider> providers = providers(loader);
            report = new ConformanceSuite(UcwaCodec.of(bindings(providers)),
                    providers.stream().flatMap(p -> p.inputBindings().stream()).toList(), expected(descriptors))
                    .run(pages);
        }
        Path reportFolder = new ReportWriter().write(report, work.resolve("report"));
        step(start, "conformance of %d resource pages, report in %s", report.pages().size(), reportFolder);
        out.printf(Locale.ROOT, "  overrides: %s%n", overrides == null ? "none" : overrides);
        for (KindCount c : report.countsByKind()) {
            out.println("  " + c.summary());
        }
        return report;
    }

    private static ExpectedTypes expected(Path descriptors) {
        try {
            return ExpectedTypes.of(descriptors);
        } catch (DescriptorException e) {
            throw new BlindModeException("the imported descriptors do not load: " + e.getMessage());
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
            throw new BlindModeException("the compiled code registers no binding provider");
        }
        return bindings;
    }

    private void step(long start, String format, Object... args) {
        out.printf(Locale.ROOT, "[%5.1f s] %s%n", (System.nanoTime() - start) / 1e9,
                String.format(Locale.ROOT, format, args));
    }

    /** Empties a work folder an earlier run made, or creates a new one; refuses any other folder. */
    private static void clean(Path work) throws IOException {
        if (Files.isDirectory(work) && !Files.exists(work.resolve(MARKER))) {
            try (Stream<Path> content = Files.list(work)) {
                if (content.findAny().isPresent()) {
                    throw new BlindModeException(work + " is not empty and was not made by this check; "
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

    /** The check could not get as far as the suite. */
    public static final class BlindModeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BlindModeException(String message) {
            super(message);
        }
    }
}
