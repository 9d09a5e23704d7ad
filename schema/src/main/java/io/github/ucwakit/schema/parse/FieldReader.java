package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.source.MappingNode;
import io.github.ucwakit.schema.source.Node;
import io.github.ucwakit.schema.source.ScalarNode;
import io.github.ucwakit.schema.source.SequenceNode;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Typed access to the keys of one mapping of a descriptor. On creation it reports keys it does not know (with a
 * "did you mean" hint when one is close); each getter reports a missing required key or a value of the wrong
 * kind and then answers {@code null} (or an empty list), so binding goes on and every problem is reported.
 */
final class FieldReader {

    private final MappingNode mapping;
    private final String what;
    private final List<String> knownKeys;
    private final List<Diagnostic> sink;

    /** A reader of a node of the given shape, whose keys and name in messages come from the vocabulary. */
    FieldReader(MappingNode mapping, DescriptorShape shape, List<Diagnostic> sink) {
        this.mapping = mapping;
        this.what = shape.label();
        this.knownKeys = shape.keys();
        this.sink = sink;
        reportUnknownKeys();
    }

    SourceLocation location() {
        return mapping.location();
    }

    /** The value of a key of the vocabulary; asking for any other key is a mistake in the parser. */
    private Optional<Node> value(String key) {
        if (!knownKeys.contains(key)) {
            throw new IllegalArgumentException("'" + key + "' is not a key of a " + what + " in DescriptorShape");
        }
        return mapping.get(key);
    }

    Located<String> requiredString(String key) {
        return require(key) ? string(key) : null;
    }

    /** A string; any non-empty scalar is taken as written (a YAML {@code Off} or {@code 404} stays text). */
    Located<String> string(String key) {
        return scalar(key, "a string", kind -> kind != ScalarNode.Kind.NULL)
                .map(s -> new Located<>(s.text(), s.location()))
                .orElse(null);
    }

    Located<Boolean> bool(String key) {
        return scalar(key, "a boolean (true or false)",
                        kind -> kind == ScalarNode.Kind.TRUE || kind == ScalarNode.Kind.FALSE)
                .map(s -> new Located<>(s.kind() == ScalarNode.Kind.TRUE, s.location()))
                .orElse(null);
    }

    Located<Long> requiredInteger(String key) {
        return require(key) ? integer(key) : null;
    }

    Located<Long> integer(String key) {
        Optional<ScalarNode> scalar = scalar(key, "an integer", kind -> kind == ScalarNode.Kind.INTEGER);
        if (scalar.isEmpty()) {
            return null;
        }
        try {
            return new Located<>(Long.decode(scalar.get().text()), scalar.get().location());
        } catch (NumberFormatException e) {
            sink.add(Diagnostic.error(scalar.get().location(), "integer out of range for '" + key + "'"));
            return null;
        }
    }

    /** The mappings of a list of mappings; absent means empty. */
    List<MappingNode> mappings(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            wrongKind(value.get(), "a list", "'" + key + "'");
            return List.of();
        }
        List<MappingNode> items = new ArrayList<>();
        for (Node item : sequence.items()) {
            if (item instanceof MappingNode itemMapping) {
                items.add(itemMapping);
            } else {
                wrongKind(item, "a mapping", "an item of '" + key + "'");
            }
        }
        return items;
    }

    boolean require(String key) {
        if (mapping.has(key)) {
            return true;
        }
        sink.add(Diagnostic.error(mapping.location(), "missing required key '" + key + "' in " + what));
        return false;
    }

    private Optional<ScalarNode> scalar(String key, String expected, Predicate<ScalarNode.Kind> ok) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar && ok.test(scalar.kind())) {
            return Optional.of(scalar);
        }
        wrongKind(value.get(), expected, "'" + key + "'");
        return Optional.empty();
    }

    private void wrongKind(Node node, String expected, String subject) {
        sink.add(Diagnostic.error(node.location(),
                "expected " + expected + " for " + subject + " in " + what + ", found " + node.kindName()));
    }

    private void reportUnknownKeys() {
        for (MappingNode.Entry entry : mapping.entries()) {
            String key = entry.key().text();
            if (!knownKeys.contains(key)) {
                String hint = Suggestions.hint(key, knownKeys);
                sink.add(Diagnostic.error(entry.key().location(), "unknown key '" + key + "' in " + what
                        + (hint.isEmpty() ? " (known keys: " + String.join(", ", knownKeys) + ")" : hint)));
            }
        }
    }
}
