package io.github.ucwakit.importer.sample;

import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.schema.SourceLocation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the spaces the reference sometimes inserts around the colon of a URI scheme ({@code "sip : x"},
 * {@code "data : text/plain;..."}), reporting each as a warning.
 */
final class SpacedValueRepair {

    private static final Pattern SPACED_SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)\\s+:\\s*(\\S.*)$",
            Pattern.DOTALL);

    private SpacedValueRepair() {}

    static String repair(String value, SampleText sample, DiagnosticSink sink) {
        Matcher m = SPACED_SCHEME.matcher(value);
        if (!m.matches()) {
            return value;
        }
        String fixed = m.group(1) + ":" + m.group(2);
        sink.warn(new SourceLocation(sample.pageFile(), sample.lineOf(value), 1),
                "spaces inside the value '" + value + "' removed: read as '" + fixed + "'");
        return fixed;
    }
}
