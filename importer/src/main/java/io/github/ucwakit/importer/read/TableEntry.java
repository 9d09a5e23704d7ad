package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.page.MarkdownLink;
import java.util.List;

/**
 * A name and description row of a properties, links or members table.
 *
 * @param description plain text, links replaced by their text
 * @param links the links of the description cell
 */
public record TableEntry(int line, String name, String description, List<MarkdownLink> links) {

    public TableEntry {
        links = List.copyOf(links);
    }
}
