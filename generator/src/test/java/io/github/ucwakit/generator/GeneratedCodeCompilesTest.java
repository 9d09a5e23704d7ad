package io.github.ucwakit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.generator.testing.GoldenCases;
import io.github.ucwakit.generator.testing.InMemoryCompiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles the code generated for every golden case in memory, against the runtime on the test class path, with
 * {@link InMemoryCompiler#OPTIONS} ({@code -Xlint:all}, doclint, {@code -Werror}); any diagnostic fails, and so does a
 * synthetic class.
 */
class GeneratedCodeCompilesTest {

    @TempDir
    Path out;

    static List<String> cases() {
        return GoldenCases.names();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void compilesWithoutAnyDiagnostic(String name) throws Exception {
        Map<String, String> sources = GoldenCases.javaSources(GoldenCases.generate(name, out));
        assertThat(sources).isNotEmpty();
        assertThat(InMemoryCompiler.compile(sources)).isEmpty();
    }

    /**
     * The class files are the generated classes, their builders and the {@code Known} enums of the enumerations:
     * no synthetic class (such as the switch map javac writes for a {@code switch} on another class's enum), each
     * of which would cost every build a class file.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void compilesToNoSyntheticClass(String name) throws Exception {
        Map<String, String> sources = GoldenCases.javaSources(GoldenCases.generate(name, out));
        InMemoryCompiler.Compilation compilation = InMemoryCompiler.compileAndLoad(sources);
        assertThat(compilation.diagnostics()).isEmpty();
        assertThat(compilation.classes().keySet())
                .allSatisfy(binaryName -> assertThat(binaryName).satisfiesAnyOf(
                        nested -> assertThat(nested).doesNotContain("$"),
                        nested -> assertThat(nested).endsWith("$Builder"),
                        nested -> assertThat(nested).endsWith("$Known")));
    }
}
