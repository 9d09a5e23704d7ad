package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.util.List;

/** Everything one run emits, in memory: Java sources and resource files, in a stable order. */
public record EmittedCode(List<JavaFile> sources, List<ResourceFile> resources) {

    public EmittedCode {
        sources = List.copyOf(sources);
        resources = List.copyOf(resources);
    }
}
