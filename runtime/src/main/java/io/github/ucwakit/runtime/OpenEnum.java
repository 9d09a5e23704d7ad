package io.github.ucwakit.runtime;

import java.util.Objects;

/**
 * What every generated enumeration class shares: the wire value, whether the enumeration describes it, and
 * equality by class and wire value. The generated class adds its constants, {@code of(String)} and
 * {@code values()}.
 */
public abstract class OpenEnum implements UcwaEnum {

    private final String value;
    private final boolean known;

    /** A value of the enumeration; {@code known} for the constants the descriptor lists. */
    protected OpenEnum(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    @Override
    public final String value() {
        return value;
    }

    @Override
    public final boolean isKnown() {
        return known;
    }

    /** Equal when of the same enumeration class with the same wire string. */
    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && value.equals(((OpenEnum) o).value);
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
