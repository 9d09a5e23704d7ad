package io.github.ucwakit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

/**
 * Fails loudly when two payloads do not carry the same content: JSON compared as trees (member order free), XML
 * with XMLUnit (whitespace, prefixes and the order of siblings free).
 */
public final class SamePayload {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SamePayload() {}

    public static void requireJson(String what, byte[] expected, byte[] actual) {
        JsonNode expectedTree = tree(expected);
        JsonNode actualTree = tree(actual);
        if (!expectedTree.equals(actualTree)) {
            throw new IllegalStateException(what + " lost or changed content.\nexpected: " + expectedTree
                    + "\nactual:   " + actualTree);
        }
    }

    public static void requireXml(String what, byte[] expected, byte[] actual) {
        Diff diff = DiffBuilder.compare(expected)
                .withTest(actual)
                .ignoreWhitespace()
                .ignoreComments()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAllAttributes))
                .checkForSimilar()
                .build();
        if (diff.hasDifferences()) {
            throw new IllegalStateException(what + " lost or changed content: " + diff
                    + "\nactual: " + new String(actual, StandardCharsets.UTF_8));
        }
    }

    /** Fails unless the two values are equal. */
    public static void requireEqual(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(what + " differs.\nexpected: " + expected + "\nactual:   " + actual);
        }
    }

    private static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
