package io.github.ucwakit.importer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import and where to write it.
 *
 * @param pagesDirectory the folder of reference pages ({@code *_ref.md}); other files are ignored
 * @param outputDirectory where descriptors are written, one {@code <name>.yaml} per page
 * @param overridesDirectory hand-written partial descriptors applied over the imported ones, or {@code null}
 */
public record ImportOptions(Path pagesDirectory, Path outputDirectory, Path overridesDirectory) {

    public ImportOptions {
        Objects.requireNonNull(pagesDirectory, "pagesDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
    }

    /** Options without an overrides folder. */
    public static ImportOptions of(Path pagesDirectory, Path outputDirectory) {
        return new ImportOptions(pagesDirectory, outputDirectory, null);
    }

    public ImportOptions withOverrides(Path directory) {
        return new ImportOptions(pagesDirectory, outputDirectory, directory);
    }

    public Optional<Path> overrides() {
        return Optional.ofNullable(overridesDirectory);
    }
}
