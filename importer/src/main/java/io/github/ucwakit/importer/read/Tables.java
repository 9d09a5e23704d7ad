package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.page.InlineText;
import io.github.ucwakit.importer.page.MarkdownTable;
import io.github.ucwakit.importer.page.PageFile;
import io.github.ucwakit.importer.page.Section;
import io.github.ucwakit.importer.page.TableReader;
import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the name and description tables of a page, merging repeated rows with a warning. */
final class Tables {

    private Tables() {}

    static Optional<MarkdownTable> of(Section section) {
        return TableReader.firstTable(section.body());
    }

    /** Name/description rows of the section's table; the name column is the one given, or the first. */
    static List<TableEntry> entries(PageFile page, Section section, String nameColumn, DiagnosticSink sink) {
        Optional<MarkdownTable> table = of(section);
        if (table.isEmpty()) {
            return List.of();
        }
        MarkdownTable t = table.get();
        int nameIndex = t.column(nameColumn).orElse(0);
        List<TableEntry> entries = new ArrayList<>();
        for (MarkdownTable.Row row : t.rows()) {
            String name = nameIndex < row.cells().size() ? InlineText.plain(row.cells().get(nameIndex)) : "";
            if (name.isEmpty()) {
                continue;
            }
            String raw = t.cell(row, "Description");
            entries.add(new TableEntry(row.line(), name, emptyToNull(InlineText.plain(raw)), InlineText.links(raw)));
        }
        return RepeatedRows.merged(entries, TableEntry::name, TableEntry::line,
                (first, repeat) -> first.description() != null ? first
                        : new TableEntry(first.line(), first.name(), repeat.description(), repeat.links()),
                page, "row", section.heading().name(), sink);
    }

    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
