package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/**
 * A property of a resource: a name on the wire, a type and a description.
 *
 * @param javaName the Java name the generator uses instead of the one derived from {@code name}, or {@code null}
 * @param review a note an importer left for a human reader, or {@code null}
 */
public record Property(
        SourceLocation location, String name, Type type, String description, String javaName, String review) {

    /** A property without javaName and review. */
    public Property(SourceLocation location, String name, Type type, String description) {
        this(location, name, type, description, null, null);
    }
}
