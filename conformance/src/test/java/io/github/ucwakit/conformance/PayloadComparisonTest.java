package io.github.ucwakit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayloadComparisonTest {

    @Test
    void jsonTreesAreComparedNotTheirText() {
        assertThat(PayloadComparison.jsonDifference("{\"a\": 1, \"b\": [true]}", "{\"b\":[true],\"a\":1}")).isEmpty();
    }

    @Test
    void theFirstJsonDifferenceIsNamedByItsPath() {
        assertThat(PayloadComparison.jsonDifference("{\"a\": {\"b\": [1, 2]}}", "{\"a\": {\"b\": [1, 3]}}"))
                .contains("$.a.b[1]: sample has 2, written 3");
        assertThat(PayloadComparison.jsonDifference("{\"a\": 1}", "{\"a\": 1, \"rel\": \"x\"}"))
                .contains("$.rel written but not in the sample");
        assertThat(PayloadComparison.jsonDifference("{\"a\": 1, \"c\": 2}", "{\"a\": 1}"))
                .contains("$.c of the sample not written back");
    }

    @Test
    void xmlIsSimilarWhateverTheOrderOfSiblingsAndTheWhitespace() {
        String sample = """
                <resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" rel="r">
                  <property name="b">2</property>
                  <link rel="x" href="/x"/>
                  <property name="a">1</property>
                </resource>
                """;
        String written = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><resource rel=\"r\" "
                + "xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><link rel=\"x\" href=\"/x\"/>"
                + "<property name=\"a\">1</property><property name=\"b\">2</property></resource>";

        assertThat(PayloadComparison.xmlDifference(sample, written)).isEmpty();
    }

    @Test
    void anXmlDifferenceIsReported() {
        String sample = "<resource xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><property name=\"a\">1"
                + "</property></resource>";
        String written = "<resource xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\" rel=\"r\">"
                + "<property name=\"a\">2</property></resource>";

        assertThat(PayloadComparison.xmlDifference(sample, written)).hasValueSatisfying(d ->
                assertThat(d).contains("/resource[1]"));
    }
}
