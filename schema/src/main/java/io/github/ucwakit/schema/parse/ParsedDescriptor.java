package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.source.MappingNode;

/**
 * A descriptor file read into a located tree, waiting to be bound.
 *
 * @param sourceFile its path relative to its descriptor folder, with {@code /} separators
 * @param root its top-level mapping
 */
public record ParsedDescriptor(String sourceFile, MappingNode root) {}
