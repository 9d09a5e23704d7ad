package io.github.ucwakit.docs.render;

import io.github.ucwakit.docs.diagram.DiagramLayout;
import io.github.ucwakit.docs.diagram.TextMetrics;
import io.github.ucwakit.docs.page.Block;
import io.github.ucwakit.docs.page.Inline;
import io.github.ucwakit.docs.page.Page;
import io.github.ucwakit.docs.page.PageId;
import io.github.ucwakit.docs.page.PageKind;
import io.github.ucwakit.docs.page.Site;
import java.util.List;

/**
 * Writes a page of a site as XHTML that browsers read as HTML: a header, a sidebar listing every page, a table of
 * contents of the page's sections, then the page's blocks. Links point at the {@code .html} files of the other
 * pages and at the shared {@link Stylesheet}. A figure's diagram is inline SVG in a {@code figure} with its caption,
 * so that its texts are the page's (found, selected, read aloud).
 */
public final class HtmlWriter {

    /** The extension of HTML pages. */
    public static final String EXTENSION = "html";

    private final Site site;

    public HtmlWriter(Site site) {
        this.site = site;
    }

    public String write(Page page) {
        Xhtml html = new Xhtml().startDocument("en").newline();
        head(html, page);
        html.start("body").newline();
        html.start("header", "class", "site-header").newline();
        html.element("a", site.title(), "href", href(PageId.INDEX), "class", "site-title").newline();
        search(html);
        html.end().newline();
        html.start("div", "class", "layout").newline();
        sidebar(html, page);
        html.start("main").newline();
        content(html, page);
        html.end().newline();
        html.end().newline();
        html.element("script", "", "src", SiteSearch.INDEX).newline();
        html.element("script", "", "src", SiteSearch.SCRIPT).newline();
        html.end().newline();
        return html.finish();
    }

    private void head(Xhtml html, Page page) {
        html.start("head").newline();
        html.empty("meta", "charset", "utf-8").newline();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        String title = page.kind() == PageKind.INDEX ? site.title() : page.title() + " - " + site.title();
        html.element("title", title).newline();
        html.empty("link", "rel", "stylesheet", "href", Stylesheet.FILE_NAME).newline();
        html.end().newline();
    }

    /** The search box; {@link SiteSearch#SCRIPT} fills its list of results. */
    private static void search(Xhtml html) {
        html.start("div", "class", "search", "role", "search").newline();
        html.empty("input", "type", "search", "id", "search", "placeholder", "Search resources, properties, values",
                "aria-label", "Search the reference", "autocomplete", "off").newline();
        html.element("ul", "", "id", "search-results", "class", "search-results", "hidden", "hidden").newline();
        html.end().newline();
    }

    private void sidebar(Xhtml html, Page current) {
        html.start("nav", "class", "sidebar", "aria-label", "All pages").newline();
        sidebarSection(html, "Guides", site.pages(PageKind.GUIDE), current);
        sidebarSection(html, "Resources", site.pages(PageKind.RESOURCE), current);
        sidebarSection(html, "Enumerations", site.pages(PageKind.ENUMERATION), current);
        html.end().newline();
    }

    private void sidebarSection(Xhtml html, String heading, List<Page> pages, Page current) {
        if (pages.isEmpty()) {
            return;
        }
        html.element("h2", heading).newline();
        html.start("ul").newline();
        for (Page page : pages) {
            boolean here = page.id().equals(current.id());
            html.start("li");
            html.nameElement("a", page.title(), "href", href(page.id()), "aria-current", here ? "page" : null);
            html.end().newline();
        }
        html.end().newline();
    }

    private void content(Xhtml html, Page page) {
        List<Block> blocks = page.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            block(html, blocks.get(i));
            if (i == 0) {
                tableOfContents(html, page);
            }
        }
    }

    private void tableOfContents(Xhtml html, Page page) {
        List<Block.Heading> sections = page.headings(2);
        if (sections.size() < 2) {
            return;
        }
        html.start("nav", "class", "toc", "aria-label", "On this page").newline();
        html.element("span", "On this page:", "class", "toc-label").newline();
        html.start("ul").newline();
        for (Block.Heading section : sections) {
            html.start("li").element("a", section.text(), "href", "#" + section.id()).end().newline();
        }
        html.end().newline();
        html.end().newline();
    }

    private void block(Xhtml html, Block block) {
        if (block instanceof Block.Heading heading) {
            html.nameElement("h" + heading.level(), heading.text(), "id", heading.id());
        } else if (block instanceof Block.Paragraph paragraph) {
            html.start("p");
            inlines(html, paragraph.content());
            html.end();
        } else if (block instanceof Block.Table table) {
            table(html, table);
        } else if (block instanceof Block.CodeBlock code) {
            html.start("pre", "class", "example").start("code", "class", "language-" + code.language());
            html.text(code.code()).end().end();
        } else if (block instanceof Block.Figure figure) {
            html.start("figure", "class", "diagram", "id", figure.name()).newline();
            html.start("div", "class", "diagram-scroll").newline();
            html.svg(new DiagramLayout(TextMetrics.DEFAULT).layout(figure.diagram()), figure.name()).newline();
            html.end().newline();
            html.element("figcaption", figure.caption()).newline();
            html.end();
        }
        html.newline();
    }

    private void table(Xhtml html, Block.Table table) {
        html.start("div", "class", "table-wrap").newline();
        html.start("table").newline();
        html.start("thead").newline().start("tr");
        table.headers().forEach(header -> html.element("th", header, "scope", "col"));
        html.end().newline().end().newline();
        html.start("tbody").newline();
        for (List<List<Inline>> row : table.rows()) {
            html.start("tr");
            for (List<Inline> cell : row) {
                html.start("td");
                inlines(html, cell);
                html.end();
            }
            html.end().newline();
        }
        html.end().newline();
        html.end().newline();
        html.end();
    }

    private void inlines(Xhtml html, List<Inline> runs) {
        for (Inline run : runs) {
            if (run instanceof Inline.Text text) {
                html.text(text.text());
            } else if (run instanceof Inline.Strong strong) {
                html.element("strong", strong.text());
            } else if (run instanceof Inline.Code code) {
                html.nameElement("code", code.text());
            } else if (run instanceof Inline.PageLink link) {
                html.element("a", link.label(), "href", href(link.target()));
            }
        }
    }

    private static String href(PageId page) {
        return page.fileName(EXTENSION);
    }
}
