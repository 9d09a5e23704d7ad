package io.github.ucwakit.runtime.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

/** Semantic comparison of payloads: JSON as Jackson trees, XML with XMLUnit. */
public final class PayloadAssertions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PayloadAssertions() {}

    /** Equal JSON trees: same members and values, member order aside. */
    public static void assertSameJson(String actual, String expected) {
        assertThat(tree(actual)).isEqualTo(tree(expected));
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /**
     * Similar XML, whitespace and sibling order aside: elements are matched by name and their {@code name} and
     * {@code rel} attributes.
     */
    public static void assertSimilarXml(String actual, String expected) {
        Diff diff = DiffBuilder.compare(expected)
                .withTest(actual)
                .ignoreWhitespace()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("name", "rel")))
                .checkForSimilar()
                .build();
        assertThat(diff.hasDifferences()).as("XML differences: %s%nactual: %s", diff, actual).isFalse();
    }
}
