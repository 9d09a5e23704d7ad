package io.github.ucwakit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.load.LoadResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of diagnostics. Each folder under {@code src/test/resources/diagnostics} is one case: one or more
 * descriptor files and {@code expected.errors}, the exact diagnostics the loader must report for the folder, one per
 * line as {@code file:line:col: message}, files named relative to the case folder. Descriptors too large to commit
 * ({@link GeneratedCases}) are written to a temporary folder at run time and checked the same way against the
 * diagnostics they state. The test prints how many cases it ran, as {@code descriptor cases: N}.
 *
 * <p>To rewrite every {@code expected.errors} from what the loader reports now, run
 * {@code mvn -B test -pl schema -am -Ducwakit.updateGolden=true}, then review the diff before committing it.
 */
class DiagnosticCasesTest {

    static final Path CASES = TestPaths.sourceTestResources().resolve("diagnostics");
    private static final String EXPECTED = "expected.errors";
    private static final boolean UPDATE = Boolean.getBoolean("ucwakit.updateGolden");
    private static final AtomicInteger FOLDER_CASES_RUN = new AtomicInteger();
    private static final AtomicInteger GENERATED_CASES_RUN = new AtomicInteger();

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedDiagnostics(String name) throws IOException {
        Path folder = CASES.resolve(name);
        LoadResult result = new DescriptorLoader().load(List.of(folder));
        List<String> actual = relativeDiagnostics(result, folder);
        Path expectedFile = folder.resolve(EXPECTED);
        if (UPDATE) {
            Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(expectedFile).as("%s of case %s", EXPECTED, name).exists();
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);

        assertThat(actual).as("diagnostics of case %s", name).containsExactlyElementsOf(expected);
        assertThat(expected).as("a case expects at least one diagnostic").isNotEmpty();
        boolean expectsError = expected.stream().anyMatch(line -> !line.contains(": warning: "));
        assertThat(result.hasErrors()).as("whether case %s yields no model", name).isEqualTo(expectsError);
        FOLDER_CASES_RUN.incrementAndGet();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(GeneratedCases.class)
    void reportsExactlyTheStatedDiagnosticsForGeneratedDescriptors(GeneratedCases generated) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(generated.name()));
        generated.writeInto(folder);
        LoadResult result = new DescriptorLoader().load(List.of(folder));
        assertThat(relativeDiagnostics(result, folder)).as("diagnostics of generated case %s", generated)
                .containsExactlyElementsOf(generated.expected());
        assertThat(result.hasErrors()).isTrue();
        GENERATED_CASES_RUN.incrementAndGet();
    }

    @Test
    void coversAtLeastFortyCases() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(40);
    }

    @AfterAll
    static void printTheNumberOfCasesRun() {
        int folders = FOLDER_CASES_RUN.get();
        int generated = GENERATED_CASES_RUN.get();
        System.out.println("descriptor cases: " + (folders + generated) + " (" + folders + " folders, " + generated
                + " generated at run time)");
    }

    private static List<String> relativeDiagnostics(LoadResult result, Path folder) {
        String prefix = folder.toString().replace(File.separatorChar, '/') + "/";
        return result.diagnostics().stream().map(d -> d.toString().replace(prefix, "")).toList();
    }
}
