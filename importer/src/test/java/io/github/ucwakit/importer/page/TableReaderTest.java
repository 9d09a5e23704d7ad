package io.github.ucwakit.importer.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    private static List<NumberedLine> lines(String... texts) {
        List<NumberedLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new NumberedLine(i + 10, texts[i]));
        }
        return lines;
    }

    @Test
    void readsHeaderAndRowsWithTheirLines() {
        MarkdownTable table = TableReader.firstTable(lines(
                "Some text.",
                "| **Scope** | **Permission** | **Description** |",
                "| ----- | ----- | ----- |",
                "| Conversations.Receive | Receive invites | Allows the app |",
                "",
                "|ignored|after|blank|")).orElseThrow();
        assertThat(table.header()).containsExactly("Scope", "Permission", "Description");
        assertThat(table.line()).isEqualTo(11);
        assertThat(table.rows()).hasSize(1);
        MarkdownTable.Row row = table.rows().get(0);
        assertThat(row.line()).isEqualTo(13);
        assertThat(table.cell(row, "permission")).isEqualTo("Receive invites");
        assertThat(table.cell(row, "Missing")).isEmpty();
    }

    @Test
    void keepsEmptyCellsAndTrimsRequiredColumnName() {
        MarkdownTable table = TableReader.firstTable(lines(
                "|Name|Description|Required?|",
                "|:-----|:-----|:-----|",
                "||Metadata.|No|")).orElseThrow();
        MarkdownTable.Row row = table.rows().get(0);
        assertThat(table.cell(row, "Name")).isEmpty();
        assertThat(table.cell(row, "Required")).isEqualTo("No");
    }

    @Test
    void findsNoTableWithoutSeparatorRow() {
        assertThat(TableReader.firstTable(lines("|a|b|", "|c|d|"))).isEmpty();
    }
}
