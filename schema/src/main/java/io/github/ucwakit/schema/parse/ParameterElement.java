package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;

/**
 * An item of an operation's {@code request} as written; {@code type} is the raw type spelling, {@code javaName} and
 * {@code review} are null when absent.
 */
public record ParameterElement(
        SourceLocation location,
        Located<String> name,
        Located<String> type,
        Located<Boolean> required,
        Located<String> description,
        Located<String> javaName,
        Located<String> review) {}
