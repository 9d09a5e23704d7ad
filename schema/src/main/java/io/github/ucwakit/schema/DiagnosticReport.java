package io.github.ucwakit.schema;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The lines a run prints for its diagnostics: every error, and every warning except that a kind with more than
 * {@link WarningPolicy#SUMMARY_THRESHOLD} warnings, which the policy does not name, is printed as one line where its
 * first warning would stand, saying how many there are, showing the first, and how to list or drop them.
 */
public final class DiagnosticReport {

    /** One printed line and whether it is an error's. */
    public record Line(boolean error, String text) {}

    private DiagnosticReport() {}

    public static List<Line> lines(List<Diagnostic> diagnostics, WarningPolicy policy) {
        Map<WarningKind, Integer> counts = new EnumMap<>(WarningKind.class);
        for (Diagnostic diagnostic : diagnostics) {
            if (!diagnostic.isError()) {
                counts.merge(diagnostic.kind(), 1, Integer::sum);
            }
        }
        List<Line> lines = new ArrayList<>();
        Map<WarningKind, Boolean> summarized = new EnumMap<>(WarningKind.class);
        for (Diagnostic diagnostic : diagnostics) {
            WarningKind kind = diagnostic.kind();
            if (diagnostic.isError() || counts.get(kind) <= WarningPolicy.SUMMARY_THRESHOLD
                    || policy.level(kind).isPresent()) {
                lines.add(new Line(diagnostic.isError(), diagnostic.toString()));
            } else if (summarized.put(kind, true) == null) {
                lines.add(new Line(false, summary(kind, counts.get(kind), diagnostic)));
            }
        }
        return lines;
    }

    private static String summary(WarningKind kind, int count, Diagnostic first) {
        return count + " warnings [" + kind.id() + "], the first " + first.location() + ": " + first.message()
                + " (set " + kind.id() + "=warning to list them all, " + kind.id() + "=ignore to drop them)";
    }
}
