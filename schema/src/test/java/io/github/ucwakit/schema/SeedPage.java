package io.github.ucwakit.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of a UCWA reference page (Markdown), each with the headings it stands under, and the success statuses
 * its samples show. Enough to compare a page with its descriptor; not a general Markdown reader.
 */
final class SeedPage {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*$");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/1\\.1 (\\d{3})\\b.*");

    /** A table row (cells as plain text) under its headings: {@code headings.get(1)} is the level-2 heading. */
    record Row(List<String> headings, List<String> cells) {

        String heading(int level) {
            return headings.get(level - 1);
        }

        String cell(int index) {
            return cells.get(index);
        }
    }

    /** The first {@code HTTP/1.1 nnn} status line under a level-3 heading. */
    record Status(String heading, int status) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<Status> statuses = new ArrayList<>();

    SeedPage(List<String> lines) {
        String[] headings = {"", "", "", "", "", ""};
        boolean headerRowSeen = false;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            Matcher status = STATUS_LINE.matcher(line.trim());
            if (heading.matches()) {
                int level = heading.group(1).length();
                headings[level - 1] = heading.group(2);
                for (int deeper = level; deeper < headings.length; deeper++) {
                    headings[deeper] = "";
                }
            } else if (line.startsWith("|")) {
                if (headerRowSeen && !line.startsWith("|:")) {
                    rows.add(new Row(List.of(headings), cells(line)));
                }
                headerRowSeen = true;
                continue;
            } else if (status.matches() && statuses.stream().noneMatch(s -> s.heading().equals(headings[2]))) {
                statuses.add(new Status(headings[2], Integer.parseInt(status.group(1))));
            }
            headerRowSeen = false;
        }
    }

    /** The rows of every table standing under a heading of the given level that starts with {@code title}. */
    List<Row> rowsUnder(int level, String title) {
        return rows.stream().filter(r -> r.heading(level).toLowerCase(Locale.ROOT)
                .startsWith(title.toLowerCase(Locale.ROOT))).toList();
    }

    List<Status> statuses() {
        return List.copyOf(statuses);
    }

    /** Reference text as plain text: Markdown links become their text, HTML tags go. */
    static String plain(String text) {
        return HTML_TAG.matcher(MARKDOWN_LINK.matcher(text).replaceAll("$1")).replaceAll("").trim();
    }

    private static List<String> cells(String line) {
        String inner = line.trim();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(plain(cell));
        }
        return cells;
    }
}
