package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;

/** An item of an enumeration's {@code members} as written; {@code javaName} is null when absent. */
public record MemberElement(
        SourceLocation location, Located<String> name, Located<String> description, Located<String> javaName) {}
