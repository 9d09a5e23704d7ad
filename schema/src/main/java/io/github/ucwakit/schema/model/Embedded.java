package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/**
 * A resource embedded in another one.
 *
 * @param key the name under {@code _embedded} in JSON
 * @param rel the embedded resource's rel (in XML, the nested {@code <resource rel>}); often equal to the key
 * @param array whether several resources may be embedded under the key
 */
public record Embedded(SourceLocation location, String key, String rel, boolean array, String description) {}
