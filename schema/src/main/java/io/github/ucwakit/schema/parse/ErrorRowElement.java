package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;

/** An item of an operation's {@code errors} as written. */
public record ErrorRowElement(
        SourceLocation location,
        Located<String> error,
        Located<Long> code,
        Located<String> subcode,
        Located<String> description) {}
