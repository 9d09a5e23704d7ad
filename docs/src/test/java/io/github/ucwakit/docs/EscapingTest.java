package io.github.ucwakit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.docs.page.Block;
import io.github.ucwakit.docs.page.Inline;
import io.github.ucwakit.docs.page.Page;
import io.github.ucwakit.docs.page.PageId;
import io.github.ucwakit.docs.page.PageKind;
import io.github.ucwakit.docs.page.Site;
import io.github.ucwakit.docs.render.HtmlWriter;
import io.github.ucwakit.docs.render.MarkdownWriter;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text with markup characters reads back as the same literal text: Markdown parsed by CommonMark with GitHub
 * tables, HTML parsed as XML. Random pieces of Markdown and HTML syntax, seeded, in every place text goes.
 */
class EscapingTest {

    private static final PageId TARGET = new PageId("target");

    static Stream<String> texts() {
        return Stream.concat(
                Stream.of("- Not a bullet.", "1. Not a list.", "# Not a heading", "> Not a quote", "+ x", "=",
                        "---", "<b>bold</b>", "a | b", "`x`", "&amp;", "\\", "x\\", "**y**", "[a](b.md)", "wow!",
                        "123456789) nine digits", "1234567890. ten digits", "$1 and $2"),
                RandomText.strings(20260101L, 200).stream());
    }

    @ParameterizedTest
    @MethodSource("texts")
    void markdownKeepsTheTextLiteral(String text) {
        MarkdownPage page = MarkdownPage.parse(new MarkdownWriter().write(page(text)));

        assertThat(page.headings()).containsExactly("Title", text);
        assertThat(page.paragraphs()).containsExactly(text, "see " + text);
        assertThat(page.rowsUnder(text)).containsExactly(List.of(text, text, text));
        assertThat(page.links()).containsExactly("target.md", "target.md");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void htmlKeepsTheTextLiteral(String text) throws IOException {
        Page page = page(text);
        HtmlPage html = HtmlPage.parse(new HtmlWriter(new Site("Site " + text, List.of(page))).write(page));

        assertThat(html.headings()).containsExactly("Title", text);
        assertThat(html.paragraphs()).containsExactly(text, "see " + text);
        assertThat(html.rowsUnder(text)).containsExactly(List.of(text, text, text));
        assertThat(HtmlPage.texts(html.element("head"), "title")).containsExactly("Title - Site " + text);
    }

    @Test
    void htmlReplacesCharactersXmlCannotCarry() throws IOException {
        String text = "bell\u0007 nul\u0000 lone\uD800 pair\uD83D\uDE00 end";
        Page page = page(text);
        HtmlPage html = HtmlPage.parse(new HtmlWriter(new Site("Site", List.of(page))).write(page));

        String readable = "bell\uFFFD nul\uFFFD lone\uFFFD pair\uD83D\uDE00 end";
        assertThat(html.paragraphs()).containsExactly(readable, "see " + readable);
    }

    private static Page page(String text) {
        return new Page(TARGET, PageKind.RESOURCE, "Title", List.of(
                new Block.Heading(1, "Title", "title"),
                new Block.Paragraph(List.of(new Inline.Text(text))),
                new Block.Heading(2, text, "section"),
                new Block.Paragraph(List.of(new Inline.Text("see "), new Inline.PageLink(text, TARGET))),
                new Block.Table(List.of(text, "b", "c"), List.of(List.of(
                        List.of(new Inline.Text(text)),
                        List.of(new Inline.Code(text)),
                        List.of(new Inline.PageLink(text, TARGET)))))));
    }
}
