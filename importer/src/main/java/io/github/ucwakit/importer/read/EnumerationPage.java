package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.page.PageFile;
import java.util.List;

/** What an enumeration page states: its description and members. */
public record EnumerationPage(PageFile file, String description, List<TableEntry> members) {

    public EnumerationPage {
        members = List.copyOf(members);
    }

    public String name() {
        return file.name();
    }
}
