package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;

/**
 * An item of a resource's {@code links} as written; {@code target}, {@code array}, {@code javaName} and
 * {@code review} are null when absent.
 */
public record LinkElement(
        SourceLocation location,
        Located<String> rel,
        Located<String> target,
        Located<Boolean> array,
        Located<String> description,
        Located<String> javaName,
        Located<String> review) {}
