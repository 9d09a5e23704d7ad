package io.github.ucwakit.runtime.testsupport;

import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSameJson;
import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSimilarXml;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The comparisons the round-trip tests rely on tell real differences from order and whitespace. */
class PayloadAssertionsTest {

    private static final String XML = "<resource xmlns=\"urn:x\" rel=\"a\"><link rel=\"l\" href=\"/l\"/>"
            + "<property name=\"p\">1</property><propertyList name=\"q\"><item>x</item><item>y</item></propertyList>"
            + "</resource>";

    @Test
    void xmlSiblingOrderAndWhitespaceDoNotMatter() {
        assertSimilarXml("<resource xmlns=\"urn:x\" rel=\"a\">\n  <propertyList name=\"q\"><item>x</item><item>y</item>"
                + "</propertyList>\n  <property name=\"p\">1</property>\n  <link href=\"/l\" rel=\"l\"/>\n</resource>",
                XML);
    }

    @Test
    void xmlValueAndItemOrderDifferencesAreCaught() {
        assertThatThrownBy(() -> assertSimilarXml(XML.replace(">1<", ">2<"), XML)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertSimilarXml(XML.replace("<item>x</item><item>y</item>",
                "<item>y</item><item>x</item>"), XML)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertSimilarXml(XML.replace("<link rel=\"l\" href=\"/l\"/>", ""), XML))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void jsonMemberOrderDoesNotMatterButValuesDo() {
        assertSameJson("{\"b\":[1,2],\"a\":\"x\"}", "{\"a\":\"x\",\"b\":[1,2]}");
        assertThatThrownBy(() -> assertSameJson("{\"a\":\"x\",\"b\":[2,1]}", "{\"a\":\"x\",\"b\":[1,2]}"))
                .isInstanceOf(AssertionError.class);
    }
}
