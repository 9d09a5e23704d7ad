package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.page.InlineText;
import io.github.ucwakit.importer.page.NumberedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The prose paragraphs of a section, as plain text; tables, anchors, fences and "Applies to" lines skipped. */
final class Paragraphs {

    private Paragraphs() {}

    static List<String> of(List<NumberedLine> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inFence = false;
        for (NumberedLine line : lines) {
            String text = line.trimmed();
            if (text.startsWith("```")) {
                inFence = !inFence;
                flush(current, paragraphs);
                continue;
            }
            if (inFence || text.isEmpty() || isNoise(text)) {
                flush(current, paragraphs);
                continue;
            }
            current.append(current.length() == 0 ? "" : " ").append(text);
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    /** The paragraphs joined with blank lines, or {@code null} when there is none. */
    static String joined(List<NumberedLine> lines) {
        List<String> paragraphs = of(lines);
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    private static boolean isNoise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return text.startsWith("|") || lower.startsWith("<a name") || lower.contains("applies to:");
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            String plain = InlineText.plain(current.toString());
            if (!plain.isEmpty()) {
                paragraphs.add(plain);
            }
            current.setLength(0);
        }
    }
}
