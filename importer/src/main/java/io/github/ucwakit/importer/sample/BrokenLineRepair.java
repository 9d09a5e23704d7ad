package io.github.ucwakit.importer.sample;

import io.github.ucwakit.importer.page.NumberedLine;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins JSON lines where a string value is broken by a line break, as some {@code data:} URIs of the reference
 * are; each join is reported as a warning.
 */
final class BrokenLineRepair {

    private BrokenLineRepair() {}

    static List<NumberedLine> repair(String pageFile, List<NumberedLine> lines, DiagnosticSink sink) {
        List<NumberedLine> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            NumberedLine first = lines.get(i);
            String text = first.text();
            int openAt = openStringStart(text);
            while (openAt >= 0 && i + 1 < lines.size()) {
                String value = text.substring(openAt + 1).strip();
                String what = value.replace(" ", "").startsWith("data:") ? "data: URI" : "string value";
                sink.warn(new SourceLocation(pageFile, first.number(), 1),
                        what + " '" + value + "' broken by a line break; joined with the next line");
                i++;
                text = text.stripTrailing() + lines.get(i).text().strip();
                openAt = openStringStart(text);
            }
            out.add(new NumberedLine(first.number(), text));
            i++;
        }
        return out;
    }

    /** The index of the quote opening a string left open at the end of the line, or -1. */
    private static int openStringStart(String line) {
        boolean inString = false;
        boolean escaped = false;
        int start = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                start = i;
            }
        }
        return inString ? start : -1;
    }
}
