package io.github.ucwakit.importer.page;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A pipe table: its header cells (emphasis removed) and its rows.
 *
 * @param line the line of the header row
 */
public record MarkdownTable(int line, List<String> header, List<Row> rows) {

    public MarkdownTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A row of a table, cells trimmed. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The index of the column whose header is the given name (case and a trailing {@code ?} ignored). */
    public Optional<Integer> column(String name) {
        String wanted = simplify(name);
        for (int i = 0; i < header.size(); i++) {
            if (simplify(header.get(i)).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The cell of a row in the named column, or the empty string. */
    public String cell(Row row, String columnName) {
        return column(columnName)
                .filter(i -> i < row.cells().size())
                .map(i -> row.cells().get(i))
                .orElse("");
    }

    private static String simplify(String text) {
        return text.replace("?", "").strip().toLowerCase(Locale.ROOT);
    }
}
