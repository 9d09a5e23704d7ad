package io.github.ucwakit.schema.source;

import io.github.ucwakit.schema.SourceLocation;
import java.util.List;
import java.util.Optional;

/** A mapping (a YAML block or flow mapping, a JSON object), its entries in file order and keys unique. */
public record MappingNode(SourceLocation location, List<Entry> entries) implements Node {

    /** One key and its value; the key keeps its own location. */
    public record Entry(ScalarNode key, Node value) {}

    public MappingNode {
        entries = List.copyOf(entries);
    }

    /** The value under a key, if the mapping has it. */
    public Optional<Node> get(String key) {
        return entries.stream().filter(e -> e.key().text().equals(key)).map(Entry::value).findFirst();
    }

    public boolean has(String key) {
        return get(key).isPresent();
    }

    @Override
    public String kindName() {
        return "a mapping";
    }
}
