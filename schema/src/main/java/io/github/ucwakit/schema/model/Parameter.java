package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/** A request-body parameter of a POST or PUT. */
public record Parameter(SourceLocation location, String name, Type type, boolean required, String description) {}
