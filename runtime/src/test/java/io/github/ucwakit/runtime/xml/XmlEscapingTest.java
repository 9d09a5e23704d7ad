package io.github.ucwakit.runtime.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strings with markup, line breaks, tabs and carriage returns read back from XML exactly as they were written. */
class XmlEscapingTest {

    private static final String TRICKY = "a<b>&c\"d'e\n\tf\r\ng]]>h😀";

    private final UcwaCodec codec = UcwaCodec.of(List.of());

    @Test
    void propertyTextAndLinkAttributesSurvive() {
        GenericResource resource = GenericResource.builder()
                .rel("note")
                .self(Link.of("self", "/notes/1?a=1&b=\"2\""))
                .unknownMembers(UnknownMembers.builder()
                        .link(Link.of("author", "/people/" + TRICKY, TRICKY))
                        .property("text", new PropertyValue.Text(TRICKY))
                        .property("lines", new PropertyValue.ListValue(List.of(new PropertyValue.Text(TRICKY))))
                        .build())
                .build();

        String xml = codec.writeToString(resource, PayloadFormat.XML);
        UcwaResource read = codec.read(xml, PayloadFormat.XML);

        assertThat(xml).contains("&#13;").contains("&#10;").contains("&#9;").doesNotContain("\r");
        assertThat(read).isEqualTo(resource);
    }

    @Test
    void aCharacterXmlCannotCarryFailsTheWrite() {
        GenericResource resource = GenericResource.builder().rel("note")
                .unknownMembers(UnknownMembers.builder().property("text", new PropertyValue.Text("bell\u0007")).build())
                .build();
        assertThatThrownBy(() -> codec.writeToString(resource, PayloadFormat.XML))
                .isInstanceOf(UcwaPayloadException.class)
                .hasMessageContaining("U+0007");
    }

    @Test
    void plainTextIsWrittenAsItIs() throws Exception {
        String plain = "plain text";
        assertThat(XmlEscaper.text(plain)).isSameAs(plain);
        assertThat(XmlEscaper.text("tab\tand\nline")).isEqualTo("tab\tand\nline");
        assertThat(XmlEscaper.attribute("tab\tand\nline")).isEqualTo("tab&#9;and&#10;line");
        assertThat(XmlEscaper.text("<&>\r")).isEqualTo("&lt;&amp;&gt;&#13;");
        assertThat(XmlEscaper.text("<\uD83D\uDE00>")).isEqualTo("&lt;\uD83D\uDE00&gt;");
        assertThatThrownBy(() -> XmlEscaper.text("<\uD83D")).hasMessageContaining("lone surrogate U+D83D");
        assertThatThrownBy(() -> XmlEscaper.attribute("a\uFFFE")).hasMessageContaining("U+FFFE");
    }
}
