package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;

/** An item of a resource's {@code scopes} as written. */
public record ScopeElement(
        SourceLocation location, Located<String> name, Located<String> permission, Located<String> description) {}
