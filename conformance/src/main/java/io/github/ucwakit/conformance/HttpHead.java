package io.github.ucwakit.conformance;

import io.github.ucwakit.importer.page.HtmlEntities;
import io.github.ucwakit.importer.page.NumberedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The HTTP head of a sample as a page shows it: the request or status line, then header lines up to the first
 * line that is not a header. Only what classifies a body is kept.
 *
 * @param contentType the value of the first {@code Content-Type} header, or {@code null}
 * @param showsBody whether a non-blank line follows the head
 */
record HttpHead(String contentType, boolean showsBody) {

    private static final Pattern START_LINE =
            Pattern.compile("^(HTTP/\\d(\\.\\d)?\\s+\\d{3}.*|[A-Za-z]+\\s+\\S+\\s+HTTP/\\d(\\.\\d)?)$");
    private static final Pattern HEADER = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*\\s*:.*");

    /** Reads the head of a sample section: its first code fence, or its bare lines when it has none. */
    static HttpHead of(List<NumberedLine> section) {
        List<String> lines = decoded(fencedOrAll(section));
        int i = 0;
        while (i < lines.size() && !START_LINE.matcher(lines.get(i).strip()).matches()) {
            i++;
        }
        if (i == lines.size()) {
            return new HttpHead(null, false);
        }
        String contentType = null;
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!HEADER.matcher(line).matches()) {
                break;
            }
            int colon = line.indexOf(':');
            if (contentType == null
                    && line.substring(0, colon).strip().equalsIgnoreCase("content-type")) {
                contentType = line.substring(colon + 1).strip();
            }
        }
        boolean showsBody = lines.subList(i, lines.size()).stream().anyMatch(l -> !l.isBlank());
        return new HttpHead(contentType, showsBody);
    }

    private static List<NumberedLine> fencedOrAll(List<NumberedLine> section) {
        int open = -1;
        for (int i = 0; i < section.size(); i++) {
            if (section.get(i).trimmed().startsWith("```")) {
                if (open >= 0) {
                    return section.subList(open + 1, i);
                }
                open = i;
            }
        }
        return open < 0 ? section : section.subList(open + 1, section.size());
    }

    private static List<String> decoded(List<NumberedLine> lines) {
        List<String> decoded = new ArrayList<>(lines.size());
        lines.forEach(l -> decoded.add(HtmlEntities.decode(l.text())));
        return decoded;
    }
}
