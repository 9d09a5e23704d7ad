package io.github.ucwakit.importer.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code ---} delimited header of a page: simple {@code key: value} lines.
 *
 * @param endLine the number of the closing {@code ---} line, 0 when the page has no front matter
 */
public record FrontMatter(Map<String, String> values, int endLine) {

    public FrontMatter {
        values = Map.copyOf(values);
    }

    /** Reads the front matter at the top of a page, or an empty one. */
    public static FrontMatter of(List<NumberedLine> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size() || !lines.get(first).trimmed().equals("---")) {
            return new FrontMatter(Map.of(), 0);
        }
        Map<String, String> values = new TreeMap<>();
        for (int i = first + 1; i < lines.size(); i++) {
            String text = lines.get(i).trimmed();
            if (text.equals("---")) {
                return new FrontMatter(values, lines.get(i).number());
            }
            int colon = text.indexOf(':');
            if (colon > 0) {
                values.put(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
            }
        }
        return new FrontMatter(Map.of(), 0);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
    }
}
