package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/**
 * A value of an enumeration, as it appears on the wire.
 *
 * @param javaName the name of the Java constant instead of the one derived from {@code name}, or {@code null}
 */
public record EnumMember(SourceLocation location, String name, String description, String javaName) {

    /** A member without javaName. */
    public EnumMember(SourceLocation location, String name, String description) {
        this(location, name, description, null);
    }
}
