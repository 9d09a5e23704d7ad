package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;

/**
 * An item of a resource's {@code properties} as written; {@code type} is the raw type spelling, {@code javaName} and
 * {@code review} are null when absent.
 */
public record PropertyElement(
        SourceLocation location,
        Located<String> name,
        Located<String> type,
        Located<String> description,
        Located<String> javaName,
        Located<String> review) {}
