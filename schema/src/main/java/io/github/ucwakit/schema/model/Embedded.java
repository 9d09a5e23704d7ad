package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/**
 * A resource embedded in another one.
 *
 * @param key the name under {@code _embedded} in JSON
 * @param rel the embedded resource's rel (in XML, the nested {@code <resource rel>}); often equal to the key
 * @param array whether several resources may be embedded under the key
 * @param javaName the Java name the generator uses instead of the one derived from {@code key}, or {@code null}
 * @param review a note an importer left for a human reader, or {@code null}
 */
public record Embedded(
        SourceLocation location,
        String key,
        String rel,
        boolean array,
        String description,
        String javaName,
        String review) {

    /** An embedded resource without javaName and review. */
    public Embedded(SourceLocation location, String key, String rel, boolean array, String description) {
        this(location, key, rel, array, description, null, null);
    }
}
