package io.github.ucwakit.schema.source;

import io.github.ucwakit.schema.SourceLocation;
import java.util.Objects;

/**
 * A scalar with the kind the parser resolved it to and its text as written (for a YAML {@code yes}, the kind is
 * {@link Kind#TRUE} and the text {@code yes}).
 */
public record ScalarNode(SourceLocation location, Kind kind, String text) implements Node {

    /** The kinds of scalar a parser reports. */
    public enum Kind {
        STRING("a string"),
        INTEGER("an integer"),
        DECIMAL("a decimal number"),
        TRUE("a boolean"),
        FALSE("a boolean"),
        NULL("an empty value");

        private final String kindName;

        Kind(String kindName) {
            this.kindName = kindName;
        }
    }

    public ScalarNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String kindName() {
        return kind.kindName;
    }
}
