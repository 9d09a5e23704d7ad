package io.github.ucwakit.benchmarks.generator;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class path generated code compiles against in a user's build: the runtime jar and its compile-scope
 * dependencies, as the benchmarks build resolved them (maven-dependency-plugin {@code build-classpath} into the
 * resource {@value #RESOURCE}), not the benchmarks jar, which holds far more.
 */
final class RuntimeClassPath {

    static final String RESOURCE = "runtime-class-path.txt";

    private RuntimeClassPath() {}

    /** The class path; fails when the build wrote none or an entry no longer exists. */
    static String load() throws IOException {
        String classPath;
        try (InputStream in = RuntimeClassPath.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " beside " + RuntimeClassPath.class.getName()
                        + "; build the benchmarks with Maven");
            }
            classPath = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        List<String> missing = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!Files.exists(Path.of(entry))) {
                missing.add(entry);
            }
        }
        if (!missing.isEmpty() || classPath.isEmpty()) {
            throw new IllegalStateException("runtime class path entries missing: " + missing
                    + "; build the benchmarks again");
        }
        return classPath;
    }
}
