package io.github.ucwakit.runtime;

import org.jspecify.annotations.NullMarked;

/**
 * A value of a generated enumeration. Values the descriptor does not list are kept as they are, never
 * rejected: {@link #isKnown()} tells them apart.
 */
@NullMarked
public interface UcwaEnum {

    /** The value exactly as on the wire. */
    String value();

    /** Whether the value is one of the enumeration's described members. */
    boolean isKnown();
}
