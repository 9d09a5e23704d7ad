package io.github.ucwakit.runtime;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The {@code toString} of generated classes: {@code Type[name=value, ...]}, every member by its accessor's name,
 * an absent one as {@code null}.
 */
@NullMarked
public final class ValueText {

    private final StringBuilder text;
    private boolean first = true;

    /** Text beginning with the simple name of a class. */
    public ValueText(String type) {
        this.text = new StringBuilder(type).append('[');
    }

    /** Adds {@code name=value}. */
    public ValueText add(String name, @Nullable Object value) {
        if (!first) {
            text.append(", ");
        }
        first = false;
        text.append(name).append('=').append(value);
        return this;
    }

    @Override
    public String toString() {
        return text + "]";
    }
}
