package io.github.ucwakit.api.conformance;

/** How the bodies of one kind fared across a folder. */
public record KindCount(BodyKind kind, int bodies, int passed, int failed, int pending, int classified) {}
