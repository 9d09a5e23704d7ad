package io.github.ucwakit.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocsTest {

    @Test
    void escapesWhatWouldEndTheCommentOrStartATagOrAUnicodeEscape() {
        assertThat(Docs.text("a */ b")).isEqualTo("a *&#47; b");
        assertThat(Docs.text("@param x")).isEqualTo("&#64;param x");
        assertThat(Docs.text("C:\\u0041")).isEqualTo("C:&#92;u0041");
        assertThat(Docs.text("<b> & </b>")).isEqualTo("&lt;b&gt; &amp; &lt;/b&gt;");
    }

    @Test
    void keepsDollarSignsForJavaPoetToPassThroughUnchanged() {
        assertThat(Docs.text("costs $T and $L")).isEqualTo("costs $T and $L");
    }

    @Test
    void makesEachLineAParagraph() {
        assertThat(Docs.text("\n first  \r\n\r\nsecond \nthird\n")).isEqualTo("first\n\n<p>second\n\n<p>third");
    }

    @Test
    void absentDescriptionsGiveNoText() {
        assertThat(Docs.present(null)).isFalse();
        assertThat(Docs.present("  ")).isFalse();
        assertThat(Docs.text(null)).isEmpty();
    }

    @Test
    void codeUsesTheCodeTagUnlessTheValueCouldBreakIt() {
        assertThat(Docs.code("list<ConversationState>")).isEqualTo("{@code list<ConversationState>}");
        assertThat(Docs.code("a}b")).isEqualTo("<code>a}b</code>");
        assertThat(Docs.code("x@y")).isEqualTo("<code>x&#64;y</code>");
        assertThat(Docs.code("a*/b")).isEqualTo("<code>a*&#47;b</code>");
        assertThat(Docs.code(null)).isEmpty();
    }

    @Test
    void wrapsLongLinesAtSpacesKeepingTheirIndentation() {
        String word = "abcdefghi ";
        String line = "  <li>" + word.repeat(20).strip();
        String wrapped = Docs.javadoc(line + "\n\nshort\n").toString();
        assertThat(wrapped.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Docs.WIDTH));
        assertThat(wrapped.lines().filter(l -> !l.isEmpty() && !l.equals("short")))
                .allSatisfy(l -> assertThat(l).startsWith("  "));
        assertThat(wrapped.replace("\n  ", " ")).isEqualTo(line + "\n\nshort\n");
    }

    @Test
    void leavesAWordLongerThanTheLineWhole() {
        String url = "https://example.com/" + "x".repeat(100);
        assertThat(Docs.javadoc("see " + url).toString()).isEqualTo("see\n" + url + "\n");
    }

    @Test
    void neverBreaksInsideAnInlineTag() {
        String line = "x".repeat(80) + " {@code a b c d e f} tail";
        assertThat(Docs.javadoc(line).toString()).isEqualTo("x".repeat(80) + "\n{@code a b c d e f} tail\n");
    }
}
