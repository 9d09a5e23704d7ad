package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;

/** An item of a resource's {@code events} as written. */
public record EventElement(
        SourceLocation location,
        Located<String> type,
        Located<String> priority,
        Located<String> sender,
        Located<String> description) {}
