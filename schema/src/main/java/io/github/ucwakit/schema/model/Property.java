package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/** A property of a resource: a name on the wire, a type and a description. */
public record Property(SourceLocation location, String name, Type type, String description) {}
