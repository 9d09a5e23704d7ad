package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.Block;
import io.github.ucwakit.docs.page.Inline;
import io.github.ucwakit.docs.page.Page;
import io.github.ucwakit.docs.page.PageId;
import io.github.ucwakit.docs.page.PageKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Collects the blocks of one page and gives each heading an id unique on the page. */
final class PageBuilder {

    private final PageId id;
    private final PageKind kind;
    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    PageBuilder(PageId id, PageKind kind, String title) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        heading(1, title);
    }

    PageBuilder heading(int level, String text) {
        blocks.add(new Block.Heading(level, text, uniqueId(slug(text))));
        return this;
    }

    PageBuilder paragraph(List<Inline> content) {
        blocks.add(new Block.Paragraph(content));
        return this;
    }

    PageBuilder paragraph(String text) {
        return paragraph(List.of(new Inline.Text(text)));
    }

    /** One paragraph per paragraph of the descriptor text; nothing when it is blank. */
    PageBuilder prose(String text) {
        Prose.paragraphs(text).forEach(this::paragraph);
        return this;
    }

    PageBuilder table(List<String> headers, List<List<List<Inline>>> rows) {
        blocks.add(new Block.Table(headers, rows));
        return this;
    }

    PageBuilder code(String language, String code) {
        blocks.add(new Block.CodeBlock(language, code));
        return this;
    }

    PageBuilder figure(Block.Figure figure) {
        blocks.add(figure);
        return this;
    }

    Page build() {
        return new Page(id, kind, title, blocks);
    }

    private String uniqueId(String base) {
        String candidate = base;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }
}
