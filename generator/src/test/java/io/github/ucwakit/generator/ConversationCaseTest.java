package io.github.ucwakit.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ucwakit.generator.testing.GoldenCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conversation golden case is a copy of the sample's descriptors ({@code generated-sample/src/main/ucwa}), so
 * that the generator's tests do not reach into another module; this test keeps the copy identical.
 */
class ConversationCaseTest {

    private static final Path SAMPLE_DESCRIPTORS =
            Path.of(System.getProperty("basedir", "."), "..", "generated-sample", "src", "main", "ucwa");

    @Test
    void theGoldenInputIsAnExactCopyOfTheSampleDescriptors() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLE_DESCRIPTORS), "the sample descriptors are not in this checkout");
        Map<String, byte[]> sample = GoldenCases.readTree(SAMPLE_DESCRIPTORS);
        Map<String, byte[]> copy = GoldenCases.readTree(GoldenCases.input("conversation"));
        assertThat(copy.keySet()).containsExactlyElementsOf(sample.keySet());
        copy.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(sample.get(path)));
    }
}
