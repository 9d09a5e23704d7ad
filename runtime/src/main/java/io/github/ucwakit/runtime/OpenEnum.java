package io.github.ucwakit.runtime;

import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What every open enumeration shares (the generated ones, and the event channel's {@code EventType} and
 * {@code EventPriority}): the wire value, its {@link #known() constant of the Java enum of known values}, whether
 * the enumeration lists it, and equality by class and wire value.
 *
 * <p>An open enumeration keeps a value it does not list instead of failing the read. Its class nests a Java
 * {@code enum Known} with one constant per listed value and a last constant for every other value, so that a
 * {@code switch} expression over {@link #known()} is checked for exhaustiveness by the compiler:
 *
 * <pre>{@code
 * String text = switch (conversation.importance().known()) {
 *     case EMERGENCY -> "now";
 *     case NORMAL, URGENT -> "soon";
 *     case UNLISTED -> "as " + conversation.importance().value();
 * };
 * }</pre>
 *
 * @param <K> the enumeration's {@code Known} enum
 */
@NullMarked
public abstract class OpenEnum<K extends Enum<K>> implements UcwaEnum {

    private final String value;
    private final K known;
    private final boolean listed;

    /**
     * A value of the enumeration.
     *
     * @param value the wire string
     * @param known its constant of the {@code Known} enum: the value's own, or the one for values not listed
     * @param listed whether the enumeration lists the value
     */
    protected OpenEnum(String value, K known, boolean listed) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = Objects.requireNonNull(known, "known");
        this.listed = listed;
    }

    @Override
    public final String value() {
        return value;
    }

    @Override
    public final boolean isKnown() {
        return listed;
    }

    /**
     * The value as a constant of the Java enum of known values, for a {@code switch}; a value the enumeration does
     * not list is the enum's last constant, and {@link #value()} still gives its wire string.
     */
    public final K known() {
        return known;
    }

    /** Equal when of the same enumeration class with the same wire string. */
    @Override
    public final boolean equals(@Nullable Object o) {
        return o != null && o.getClass() == getClass() && value.equals(((OpenEnum<?>) o).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** The wire string. */
    @Override
    public final String toString() {
        return value;
    }
}
