package io.github.ucwakit.docs.page;

import java.util.List;
import java.util.Objects;

/**
 * One page of the reference, independent of its output format.
 *
 * @param kind what the page documents, used for navigation
 * @param blocks the content; the first is the level-1 heading holding the title
 */
public record Page(PageId id, PageKind kind, String title, List<Block> blocks) {

    public Page {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** The headings of this page at the given level, in page order. */
    public List<Block.Heading> headings(int level) {
        return blocks.stream()
                .filter(Block.Heading.class::isInstance)
                .map(Block.Heading.class::cast)
                .filter(h -> h.level() == level)
                .toList();
    }
}
