package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;
import java.util.Objects;

/** A value read from a descriptor and where its value stands in the file. */
public record Located<T>(T value, SourceLocation location) {

    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
    }

    /** The value of a possibly absent field, or {@code fallback}. */
    public static <T> T valueOr(Located<T> located, T fallback) {
        return located == null ? fallback : located.value();
    }
}
