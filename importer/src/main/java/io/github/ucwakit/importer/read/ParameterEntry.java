package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.page.MarkdownLink;
import java.util.List;

/**
 * A row of a request-body table.
 *
 * @param description plain text as the page gives it, type statement at its end included
 */
public record ParameterEntry(int line, String name, String description, boolean required, List<MarkdownLink> links) {

    public ParameterEntry {
        links = List.copyOf(links);
    }
}
