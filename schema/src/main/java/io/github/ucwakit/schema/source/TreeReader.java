package io.github.ucwakit.schema.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a located tree from a streaming parser's tokens. Reports a key repeated in one mapping (at the second
 * one, which is dropped), YAML aliases (not supported; one diagnostic per file, at the first, counting the others)
 * and a second document. Stops with {@link TooDeepException} at a mapping or list nested more than
 * {@link #MAX_DEPTH} deep, before the parser's own limit and far before the stack runs out.
 */
final class TreeReader {

    /** The deepest nesting of mappings and lists read. */
    static final int MAX_DEPTH = 100;

    /** How deep a descriptor nests: top level, operations, an operation, its errors, an error row. */
    static final int DESCRIPTOR_DEPTH = 5;

    private final JsonParser parser;
    private final String file;
    private final List<Diagnostic> sink;
    private final List<ScalarNode> aliases = new ArrayList<>();
    private int depth;

    TreeReader(JsonParser parser, String file, List<Diagnostic> sink) {
        this.parser = parser;
        this.file = file;
        this.sink = sink;
    }

    /** The document's root node, or empty when the document holds nothing. */
    Optional<Node> readDocument() throws IOException, TooDeepException {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            Node root = readValue(first);
            if (parser.nextToken() != null) {
                sink.add(Diagnostic.error(here(), "a descriptor holds one document; found a second one"));
            }
            return Optional.of(root);
        } finally {
            reportAliases();
        }
    }

    private Node readValue(JsonToken token) throws IOException, TooDeepException {
        SourceLocation location = here();
        if (token == null) {
            throw new EOFException("unexpected end of the document");
        }
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return readScalar(token, location);
        }
        if (depth == MAX_DEPTH) {
            throw new TooDeepException(location);
        }
        depth++;
        Node node = token == JsonToken.START_OBJECT ? readMapping(location) : readSequence(location);
        depth--;
        return node;
    }

    private MappingNode readMapping(SourceLocation location) throws IOException, TooDeepException {
        List<MappingNode.Entry> entries = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
            ScalarNode key = new ScalarNode(here(), ScalarNode.Kind.STRING, parser.currentName());
            Node value = readValue(parser.nextToken());
            SourceLocation first = seen.putIfAbsent(key.text(), key.location());
            if (first == null) {
                entries.add(new MappingNode.Entry(key, value));
            } else {
                sink.add(Diagnostic.error(key.location(), "duplicate key '" + key.text() + "'; first at line "
                        + first.line() + ", column " + first.column()));
            }
        }
        return new MappingNode(location, entries);
    }

    private SequenceNode readSequence(SourceLocation location) throws IOException, TooDeepException {
        List<Node> items = new ArrayList<>();
        for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
            items.add(readValue(token));
        }
        return new SequenceNode(location, items);
    }

    private ScalarNode readScalar(JsonToken token, SourceLocation location) throws IOException {
        ScalarNode scalar = new ScalarNode(location, kindOf(token), Objects.requireNonNullElse(parser.getText(), ""));
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            aliases.add(scalar);
        }
        return scalar;
    }

    /** The next token inside a mapping or list, where the end of the input cannot come yet. */
    private JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new EOFException("unexpected end of the document");
        }
        return token;
    }

    private void reportAliases() {
        if (aliases.isEmpty()) {
            return;
        }
        ScalarNode first = aliases.get(0);
        int others = aliases.size() - 1;
        sink.add(Diagnostic.error(first.location(), "YAML aliases (*" + first.text() + ") are not supported"
                + (others == 0 ? "" : "; " + others + " more in this file")));
    }

    private static ScalarNode.Kind kindOf(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT -> ScalarNode.Kind.INTEGER;
            case VALUE_NUMBER_FLOAT -> ScalarNode.Kind.DECIMAL;
            case VALUE_TRUE -> ScalarNode.Kind.TRUE;
            case VALUE_FALSE -> ScalarNode.Kind.FALSE;
            case VALUE_NULL -> ScalarNode.Kind.NULL;
            default -> ScalarNode.Kind.STRING;
        };
    }

    /** Thrown at the first mapping or list nested deeper than {@link #MAX_DEPTH}. */
    static final class TooDeepException extends Exception {

        private final transient SourceLocation location;

        TooDeepException(SourceLocation location) {
            super("nested deeper than " + MAX_DEPTH + " at " + location, null, false, false);
            this.location = location;
        }

        SourceLocation location() {
            return location;
        }
    }

    private SourceLocation here() {
        JsonLocation location = parser.currentTokenLocation();
        return new SourceLocation(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
