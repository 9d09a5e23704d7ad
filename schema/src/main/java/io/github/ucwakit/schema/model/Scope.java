package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/** An Azure Active Directory scope that allows operations on a resource. */
public record Scope(SourceLocation location, String name, String permission, String description) {}
