package io.github.ucwakit.docs.page;

import java.util.List;
import java.util.Objects;

/**
 * Every page of one reference: the index first, then resources and enumerations sorted by title.
 *
 * @param title the reference's title, shown on every page
 */
public record Site(String title, List<Page> pages) {

    public Site {
        Objects.requireNonNull(title, "title");
        pages = List.copyOf(pages);
    }

    /** The pages of one kind, in site order. */
    public List<Page> pages(PageKind kind) {
        return pages.stream().filter(p -> p.kind() == kind).toList();
    }
}
