package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/**
 * A request-body parameter of a POST or PUT.
 *
 * @param javaName the Java name the generator uses instead of the one derived from {@code name}, or {@code null}
 * @param review a note an importer left for a human reader, or {@code null}
 */
public record Parameter(
        SourceLocation location,
        String name,
        Type type,
        boolean required,
        String description,
        String javaName,
        String review) {

    /** A parameter without javaName and review. */
    public Parameter(SourceLocation location, String name, Type type, boolean required, String description) {
        this(location, name, type, required, description, null, null);
    }
}
