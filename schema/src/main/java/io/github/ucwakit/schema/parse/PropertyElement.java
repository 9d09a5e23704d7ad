package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;

/** An item of a resource's {@code properties} as written; {@code type} is the raw type spelling. */
public record PropertyElement(
        SourceLocation location, Located<String> name, Located<String> type, Located<String> description) {}
