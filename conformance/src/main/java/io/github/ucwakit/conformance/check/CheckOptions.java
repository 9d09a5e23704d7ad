package io.github.ucwakit.conformance.check;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PageCheck} checks and where it works.
 *
 * @param pagesDirectory the folder of reference pages ({@code *_ref.md})
 * @param workDirectory where the descriptors, generated sources, classes and the report go; it must be new, empty,
 *     or one an earlier check made (its content is replaced)
 * @param overridesDirectory hand-written partial descriptors applied over the import, or {@code null} for none
 * @param javaPackage the package of the generated classes
 */
public record CheckOptions(Path pagesDirectory, Path workDirectory, Path overridesDirectory, String javaPackage) {

    /** The package generated classes get unless another is asked for. */
    public static final String DEFAULT_PACKAGE = "io.github.ucwakit.check.api";

    public CheckOptions {
        Objects.requireNonNull(pagesDirectory, "pagesDirectory");
        Objects.requireNonNull(workDirectory, "workDirectory");
        javaPackage = javaPackage == null || javaPackage.isBlank() ? DEFAULT_PACKAGE : javaPackage;
    }

    /** Options without overrides, generating into {@link #DEFAULT_PACKAGE}. */
    public static CheckOptions of(Path pagesDirectory, Path workDirectory) {
        return new CheckOptions(pagesDirectory, workDirectory, null, null);
    }

    public CheckOptions withOverrides(Path directory) {
        return new CheckOptions(pagesDirectory, workDirectory, directory, javaPackage);
    }

    public Optional<Path> overrides() {
        return Optional.ofNullable(overridesDirectory);
    }

    public Path descriptors() {
        return workDirectory.resolve("descriptors");
    }

    public Path sources() {
        return workDirectory.resolve("generated-sources");
    }

    public Path resources() {
        return workDirectory.resolve("generated-resources");
    }

    public Path classes() {
        return workDirectory.resolve("classes");
    }

    public Path report() {
        return workDirectory.resolve("report");
    }
}
