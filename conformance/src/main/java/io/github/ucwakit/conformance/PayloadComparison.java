package io.github.ucwakit.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.runtime.PayloadFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

/**
 * Compares a sample body with what the codec wrote back: JSON as trees, XML with XMLUnit (similar, whitespace and
 * comments ignored, siblings matched by element name and their {@code rel} and {@code name} attributes so their
 * order does not matter, then those left by element name alone so that a differing attribute is reported as
 * such).
 */
final class PayloadComparison {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PayloadComparison() {}

    /** The first difference between two documents of a format, or empty when they are equal (JSON) or similar. */
    static Optional<String> difference(PayloadFormat format, String expected, String actual) {
        return format == PayloadFormat.JSON ? jsonDifference(expected, actual) : xmlDifference(expected, actual);
    }

    /** The first difference between two JSON documents, or empty when their trees are equal. */
    static Optional<String> jsonDifference(String expected, String actual) {
        try {
            return difference("$", MAPPER.readTree(expected), MAPPER.readTree(actual));
        } catch (JsonProcessingException e) {
            return Optional.of("not JSON: " + e.getOriginalMessage());
        }
    }

    /** The first difference between two XML documents, or empty when they are similar. */
    static Optional<String> xmlDifference(String expected, String actual) {
        Diff diff = DiffBuilder.compare(expected)
                .withTest(actual)
                .ignoreWhitespace()
                .ignoreComments()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("rel", "name"),
                        ElementSelectors.byName))
                .checkForSimilar()
                .build();
        if (!diff.hasDifferences()) {
            return Optional.empty();
        }
        return Optional.of(diff.getDifferences().iterator().next().getComparison().toString());
    }

    private static Optional<String> difference(String path, JsonNode expected, JsonNode actual) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode e = expected.get(name);
                JsonNode a = actual.get(name);
                if (e == null) {
                    return Optional.of(path + "." + name + " written but not in the sample");
                }
                if (a == null) {
                    return Optional.of(path + "." + name + " of the sample not written back");
                }
                Optional<String> inner = difference(path + "." + name, e, a);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                Optional<String> inner = difference(path + "[" + i + "]", e.next(), a.next());
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.of(path + ": sample has " + brief(expected) + ", written " + brief(actual));
    }

    private static String brief(JsonNode node) {
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
