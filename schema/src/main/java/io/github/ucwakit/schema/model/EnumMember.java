package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/** A value of an enumeration, as it appears on the wire. */
public record EnumMember(SourceLocation location, String name, String description) {}
