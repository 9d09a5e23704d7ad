package io.github.ucwakit.benchmarks.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code compare.sh} times {@code javac} as the generator measurement does, so that their figures compare. */
class CompareScriptTest {

    @Test
    void comparesWithTheJavacOptionsOfTheGeneratorMeasurement() throws Exception {
        Path script = Path.of("compare.sh");
        assertThat(script).as("benchmarks/compare.sh, read from the module folder").isRegularFile();

        String text = Files.readString(script, StandardCharsets.UTF_8);

        assertThat(text).contains("javac_options=(" + String.join(" ", GeneratorMeasurements.JAVAC_OPTIONS) + ")");
    }
}
