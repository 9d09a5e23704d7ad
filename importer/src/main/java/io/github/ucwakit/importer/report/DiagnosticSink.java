package io.github.ucwakit.importer.report;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.WarningKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the diagnostics of one import; the same diagnostic reported twice is kept once. */
public final class DiagnosticSink {

    private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();

    /** A tolerated irregularity of a reference page. */
    public void warn(SourceLocation location, String message) {
        warn(WarningKind.REFERENCE_PAGE, location, message);
    }

    public void warn(WarningKind kind, SourceLocation location, String message) {
        diagnostics.add(Diagnostic.warning(kind, location, message));
    }

    public void error(SourceLocation location, String message) {
        diagnostics.add(Diagnostic.error(location, message));
    }

    /** Every diagnostic so far, in {@link Diagnostic#ORDER}. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.sort(Diagnostic.ORDER);
        return List.copyOf(all);
    }
}
