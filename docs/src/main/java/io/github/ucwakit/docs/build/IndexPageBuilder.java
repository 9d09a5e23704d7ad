package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.Inline;
import io.github.ucwakit.docs.page.Page;
import io.github.ucwakit.docs.page.PageId;
import io.github.ucwakit.docs.page.PageKind;
import java.util.List;

/** The index: the guides, then every resource and every enumeration with the first sentence of its description. */
final class IndexPageBuilder {

    /** A page to list: its title, its page, and its description. */
    record Entry(String name, PageId page, String description) {}

    Page build(String title, List<Entry> resources, List<Entry> enumerations, List<Entry> guides) {
        PageBuilder page = new PageBuilder(PageId.INDEX, PageKind.INDEX, title);
        page.paragraph(count(resources.size(), "resource") + " and " + count(enumerations.size(), "enumeration")
                + ", generated from their descriptors.");
        section(page, "Guides", "Guide", guides);
        section(page, "Resources", "Resource", resources);
        section(page, "Enumerations", "Enumeration", enumerations);
        return page.build();
    }

    private static void section(PageBuilder page, String heading, String column, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        page.heading(2, heading);
        page.table(
                List.of(column, "Summary"),
                entries.stream()
                        .map(e -> List.of(
                                Cells.of(new Inline.PageLink(e.name(), e.page())),
                                Cells.text(Prose.firstSentence(e.description()))))
                        .toList());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
