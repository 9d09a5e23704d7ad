package io.github.ucwakit.benchmarks.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeClassPathTest {

    @Test
    void holdsTheRuntimeAndItsCompileDependenciesOnly() throws Exception {
        List<String> entries = Arrays.asList(RuntimeClassPath.load().split(File.pathSeparator));

        assertThat(entries).anySatisfy(entry -> assertThat(entry).contains("runtime"));
        assertThat(entries).anySatisfy(entry -> assertThat(entry).contains("jackson-core"));
        assertThat(entries).anySatisfy(entry -> assertThat(entry).contains("jakarta.xml.bind-api"));
        assertThat(entries).map(entry -> Path.of(entry).getFileName().toString())
                .noneMatch(name -> name.startsWith("jmh-") || name.startsWith("ucwakit-generator")
                        || name.startsWith("jaxb-runtime"));
    }
}
