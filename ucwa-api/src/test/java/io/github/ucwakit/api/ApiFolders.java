package io.github.ucwakit.api;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folders the build names for the tests, and the module's own descriptor folders. */
final class ApiFolders {

    /** The committed descriptors of the whole API. */
    static final Path DESCRIPTORS = Path.of("src/main/ucwa");

    /** The hand-written overrides the import applies. */
    static final Path OVERRIDES = Path.of("src/main/ucwa-overrides");

    /** The hand-written descriptor of the seed page, in the generated-sample module. */
    static final Path SAMPLE_DESCRIPTORS = Path.of("../generated-sample/src/main/ucwa");

    private ApiFolders() {}

    /** The reference pages ({@code ucwa.reference}). */
    static Path reference() {
        Path folder = property("ucwa.reference");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("the UCWA reference folder " + folder.toAbsolutePath()
                    + " does not exist; point -Ducwa.reference=DIR at the reference pages");
        }
        return folder;
    }

    /** Where the build's import goal wrote the descriptors of the reference ({@code ucwa.imported}). */
    static Path imported() {
        return property("ucwa.imported");
    }

    /** Where the conformance report goes ({@code ucwa.conformance}). */
    static Path conformance() {
        return property("ucwa.conformance");
    }

    private static Path property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set (the pom sets it for Surefire)");
        }
        return Path.of(value);
    }
}
