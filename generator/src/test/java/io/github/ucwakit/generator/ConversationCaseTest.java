package io.github.ucwakit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.generator.testing.GoldenCases;
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
        assertThat(SAMPLE_DESCRIPTORS).as("the sample descriptors, generated-sample/src/main/ucwa next to this module"
                + " (found from the system property basedir, the generator module's folder)").isDirectory();
        Map<String, byte[]> sample = GoldenCases.readTree(SAMPLE_DESCRIPTORS);
        Map<String, byte[]> copy = GoldenCases.readTree(GoldenCases.input("conversation"));
        assertThat(copy.keySet()).containsExactlyElementsOf(sample.keySet());
        copy.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(sample.get(path)));
    }
}
