package io.github.ucwakit.generator;

import io.github.ucwakit.schema.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a generation run did: how many resources and enumerations it read, which files it wrote, left unchanged
 * or deleted (paths relative to the output folders), the warnings the descriptors raised, and whether it found
 * everything up to date and did no work at all (then {@code unchanged} lists every file it produced before and the
 * counts and warnings are those of that run).
 */
public record GenerationResult(
        int resources,
        int enumerations,
        List<Path> written,
        List<Path> unchanged,
        List<Path> deleted,
        List<Diagnostic> warnings,
        boolean upToDate) {

    public GenerationResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
        warnings = List.copyOf(warnings);
        if (upToDate && !(written.isEmpty() && deleted.isEmpty())) {
            throw new IllegalArgumentException("an up-to-date run writes and deletes nothing");
        }
    }

    /** The result of a run that generated. */
    public GenerationResult(
            int resources, int enumerations, List<Path> written, List<Path> unchanged, List<Path> deleted,
            List<Diagnostic> warnings) {
        this(resources, enumerations, written, unchanged, deleted, warnings, false);
    }
}
