package io.github.ucwakit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

/** Semantic comparison of payloads: JSON as trees, XML with XMLUnit. */
final class Payloads {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Payloads() {}

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static void assertJsonEquals(String expected, String actual) {
        assertThat(tree(actual)).as("JSON written:%n%s", actual).isEqualTo(tree(expected));
    }

    /**
     * Asserts two UCWA XML documents are similar: same elements, attributes and text, whitespace ignored, siblings
     * matched by element name and their {@code rel} and {@code name} attributes, so their order does not matter.
     */
    static void assertXmlSimilar(String expected, String actual) {
        Diff diff = DiffBuilder.compare(expected)
                .withTest(actual)
                .ignoreWhitespace()
                .ignoreComments()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("rel", "name")))
                .checkForSimilar()
                .build();
        assertThat(diff.hasDifferences()).as("XML written:%n%s%ndifferences: %s", actual, diff).isFalse();
    }
}
