package io.github.ucwakit.importer.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineTextTest {

    @Test
    void replacesLinksByTheirTextAndDropsParagraphTags() {
        assertThat(InlineText.plain("Indicates that the [participant](participant_ref.md) has left.</p><p>"
                + "Remove it from the cache.</p>"))
                .isEqualTo("Indicates that the participant has left. Remove it from the cache.");
        assertThat(InlineText.plain("Delivered when added.</p><p></p>")).isEqualTo("Delivered when added.");
    }

    @Test
    void findsLinks() {
        assertThat(InlineText.links("The [Role](Role_ref.md) and [x](https://e.com)")).containsExactly(
                new MarkdownLink("Role", "Role_ref.md"), new MarkdownLink("x", "https://e.com"));
        assertThat(new MarkdownLink("Role", "Role_ref.md").isEnumerationPage()).isTrue();
        assertThat(new MarkdownLink("x", "https://e.com").isPage()).isFalse();
    }

    @Test
    void decodesEntities() {
        assertThat(HtmlEntities.decode("&lt;property name=&quot;to&quot;&gt;a &amp; b&#39;s&#x21;&bogus;"))
                .isEqualTo("<property name=\"to\">a & b's!&bogus;");
    }
}
