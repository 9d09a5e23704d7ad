package io.github.ucwakit.schema.source;

import io.github.ucwakit.schema.SourceLocation;
import java.util.List;

/** A sequence (a YAML list, a JSON array), its items in file order. */
public record SequenceNode(SourceLocation location, List<Node> items) implements Node {

    public SequenceNode {
        items = List.copyOf(items);
    }

    @Override
    public String kindName() {
        return "a list";
    }
}
