package io.github.ucwakit.schema.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a located tree from a streaming parser's tokens. Reports a key repeated in one mapping (at the second
 * one, which is dropped), YAML aliases (not supported) and a second document.
 */
final class TreeReader {

    private final JsonParser parser;
    private final String file;
    private final List<Diagnostic> sink;

    TreeReader(JsonParser parser, String file, List<Diagnostic> sink) {
        this.parser = parser;
        this.file = file;
        this.sink = sink;
    }

    /** The document's root node, or empty when the document holds nothing. */
    Optional<Node> readDocument() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return Optional.empty();
        }
        Node root = readValue(first);
        if (parser.nextToken() != null) {
            sink.add(Diagnostic.error(here(), "a descriptor holds one document; found a second one"));
        }
        return Optional.of(root);
    }

    private Node readValue(JsonToken token) throws IOException {
        SourceLocation location = here();
        return switch (token) {
            case START_OBJECT -> readMapping(location);
            case START_ARRAY -> readSequence(location);
            default -> readScalar(token, location);
        };
    }

    private MappingNode readMapping(SourceLocation location) throws IOException {
        List<MappingNode.Entry> entries = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
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

    private SequenceNode readSequence(SourceLocation location) throws IOException {
        List<Node> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(readValue(token));
        }
        return new SequenceNode(location, items);
    }

    private ScalarNode readScalar(JsonToken token, SourceLocation location) throws IOException {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            sink.add(Diagnostic.error(location, "YAML aliases (*" + parser.getText() + ") are not supported"));
        }
        return new ScalarNode(location, kindOf(token), Objects.requireNonNullElse(parser.getText(), ""));
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

    private SourceLocation here() {
        JsonLocation location = parser.currentTokenLocation();
        return new SourceLocation(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
