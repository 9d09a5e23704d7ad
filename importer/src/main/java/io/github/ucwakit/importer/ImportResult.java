package io.github.ucwakit.importer;

import io.github.ucwakit.schema.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What an import did.
 *
 * @param written descriptors written because their bytes changed (or were new), sorted
 * @param unchanged descriptors left alone because they already held the same bytes, sorted
 * @param diagnostics warnings (tolerated irregularities of the pages) and errors, sorted by location
 * @param reviewMarks every {@code review:} key of the written and unchanged descriptors
 */
public record ImportResult(
        List<Path> written, List<Path> unchanged, List<Diagnostic> diagnostics, List<ReviewMark> reviewMarks) {

    public ImportResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        diagnostics = List.copyOf(diagnostics);
        reviewMarks = List.copyOf(reviewMarks);
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
