package io.github.ucwakit.schema;

import java.nio.file.Path;

/** Folders the tests read, resolved against the module's base folder (Surefire's working directory). */
final class TestPaths {

    private TestPaths() {}

    static Path moduleBase() {
        return Path.of(System.getProperty("basedir", ""));
    }

    static Path sourceTestResources() {
        return moduleBase().resolve("src/test/resources");
    }

    /** The descriptors of the generated sample, next to this module. */
    static Path sampleDescriptors() {
        return moduleBase().resolve("../generated-sample/src/main/ucwa").normalize();
    }
}
