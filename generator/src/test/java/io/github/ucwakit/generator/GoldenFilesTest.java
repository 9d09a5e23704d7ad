package io.github.ucwakit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.generator.testing.GoldenCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generates every golden case (a folder under {@code src/test/resources/golden}) from its {@code input/}
 * descriptors and compares each generated file with {@code expected/}, byte for byte; a file missing on either
 * side fails too.
 *
 * <p>After an intended change to the generated code, rewrite the expected files and review the diff:
 * <pre>
 * mvn -B test -pl generator -am -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ducwakit.updateGolden=true
 * git diff generator/src/test/resources/golden
 * </pre>
 * Running the tests again without the property must then pass and change nothing.
 */
class GoldenFilesTest {

    private static final boolean UPDATE = Boolean.getBoolean("ucwakit.updateGolden");

    @TempDir
    Path out;

    static List<String> cases() {
        return GoldenCases.names();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void generatesExactlyTheExpectedFiles(String name) throws Exception {
        Map<String, byte[]> actual = GoldenCases.generate(name, out);
        Path expectedRoot = GoldenCases.expected(name);
        if (UPDATE) {
            rewrite(expectedRoot, actual);
        }
        Map<String, byte[]> expected = GoldenCases.readTree(expectedRoot);
        assertThat(actual.keySet()).as("generated files of case %s", name)
                .containsExactlyElementsOf(expected.keySet());
        actual.forEach((path, bytes) -> {
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as("%s/expected/%s", name, path)
                    .isEqualTo(new String(expected.get(path), StandardCharsets.UTF_8));
            assertThat(bytes).as("bytes of %s/expected/%s", name, path).isEqualTo(expected.get(path));
        });
    }

    private static void rewrite(Path root, Map<String, byte[]> files) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
