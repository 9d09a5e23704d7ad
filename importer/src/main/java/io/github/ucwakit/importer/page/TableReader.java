package io.github.ucwakit.importer.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the first pipe table of a section's lines. */
public final class TableReader {

    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-{3,}:?");

    private TableReader() {}

    public static Optional<MarkdownTable> firstTable(List<NumberedLine> lines) {
        int start = -1;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isRow(lines.get(i)) && isSeparator(lines.get(i + 1))) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        List<String> header = cells(lines.get(start).trimmed()).stream()
                .map(cell -> cell.replace("**", "").strip())
                .toList();
        List<MarkdownTable.Row> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && isRow(lines.get(i)); i++) {
            List<String> cells = cells(lines.get(i).trimmed());
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(new MarkdownTable.Row(lines.get(i).number(), cells));
            }
        }
        return Optional.of(new MarkdownTable(lines.get(start).number(), header, rows));
    }

    private static boolean isRow(NumberedLine line) {
        return line.trimmed().startsWith("|");
    }

    private static boolean isSeparator(NumberedLine line) {
        if (!isRow(line)) {
            return false;
        }
        List<String> cells = cells(line.trimmed());
        return !cells.isEmpty() && cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches());
    }

    /** The cells of a row: split at unescaped pipes, outer pipes dropped, each trimmed. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        if (row.startsWith("|")) {
            cells.remove(0);
        }
        if (row.endsWith("|") && !row.endsWith("\\|") && !cells.isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }
}
