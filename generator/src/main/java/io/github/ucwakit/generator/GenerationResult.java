package io.github.ucwakit.generator;

import io.github.ucwakit.schema.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a generation run did: how many resources and enumerations it read, which files it wrote, left unchanged
 * or deleted (paths relative to the output folders), and the warnings the descriptors raised.
 */
public record GenerationResult(
        int resources,
        int enumerations,
        List<Path> written,
        List<Path> unchanged,
        List<Path> deleted,
        List<Diagnostic> warnings) {

    public GenerationResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
        warnings = List.copyOf(warnings);
    }
}
