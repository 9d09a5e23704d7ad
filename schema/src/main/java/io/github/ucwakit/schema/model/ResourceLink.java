package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/**
 * A link a resource may carry.
 *
 * @param rel the link's rel on the wire
 * @param target the name of the resource the link points at (defaults to the rel); it may name a resource
 *     that no descriptor of this run describes (validation warns)
 * @param array whether the rel is a collection of links (a JSON array, even with one element)
 * @param javaName the Java name the generator uses instead of the one derived from {@code rel} (the accessor is
 *     {@code <javaName>Link} or {@code <javaName>Links}), or {@code null}
 * @param review a note an importer left for a human reader, or {@code null}
 */
public record ResourceLink(
        SourceLocation location,
        String rel,
        String target,
        boolean array,
        String description,
        String javaName,
        String review) {

    /** A link without javaName and review. */
    public ResourceLink(SourceLocation location, String rel, String target, boolean array, String description) {
        this(location, rel, target, array, description, null, null);
    }
}
