package io.github.ucwakit.schema.source;

import io.github.ucwakit.schema.SourceLocation;

/** A node of a located tree read from a descriptor: a mapping, a sequence or a scalar, each with its location. */
public sealed interface Node permits MappingNode, SequenceNode, ScalarNode {

    SourceLocation location();

    /** What this node is, with an article, for messages: {@code a mapping}, {@code a list}, {@code a string}. */
    String kindName();
}
