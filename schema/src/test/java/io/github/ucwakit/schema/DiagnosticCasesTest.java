package io.github.ucwakit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of diagnostics. Each folder under {@code src/test/resources/diagnostics} is one case: one or more
 * descriptor files and {@code expected.errors}, the exact diagnostics the loader must report for the folder, one per
 * line as {@code file:line:col: message}, files named relative to the case folder.
 *
 * <p>To rewrite every {@code expected.errors} from what the loader reports now, run
 * {@code mvn -B test -pl schema -am -Ducwakit.updateGolden=true}, then review the diff before committing it.
 */
class DiagnosticCasesTest {

    static final Path CASES = TestPaths.sourceTestResources().resolve("diagnostics");
    private static final String EXPECTED = "expected.errors";
    private static final boolean UPDATE = Boolean.getBoolean("ucwakit.updateGolden");

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
        String prefix = folder.toString().replace(File.separatorChar, '/') + "/";
        List<String> actual = result.diagnostics().stream().map(d -> d.toString().replace(prefix, "")).toList();
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
    }

    @Test
    void coversAtLeastTwentyCases() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(20);
    }
}
