package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;

/**
 * An item of a resource's {@code embedded} as written; {@code rel}, {@code array}, {@code javaName} and
 * {@code review} are null when absent.
 */
public record EmbeddedElement(
        SourceLocation location,
        Located<String> key,
        Located<String> rel,
        Located<Boolean> array,
        Located<String> description,
        Located<String> javaName,
        Located<String> review) {}
