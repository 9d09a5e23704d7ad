package io.github.ucwakit.docs.page;

import java.util.List;
import java.util.Objects;

/**
 * Every page of one reference: the index first, then resources and enumerations sorted by title.
 *
 * @param title the reference's title, shown on every page
 * @param searchEntries what the search box finds, in site order
 */
public record Site(String title, List<Page> pages, List<SearchEntry> searchEntries) {

    public Site {
        Objects.requireNonNull(title, "title");
        pages = List.copyOf(pages);
        searchEntries = List.copyOf(searchEntries);
    }

    /** A site without search entries. */
    public Site(String title, List<Page> pages) {
        this(title, pages, List.of());
    }

    /** The pages of one kind, in site order. */
    public List<Page> pages(PageKind kind) {
        return pages.stream().filter(p -> p.kind() == kind).toList();
    }
}
