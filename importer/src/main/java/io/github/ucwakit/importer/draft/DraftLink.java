package io.github.ucwakit.importer.draft;

/** A link as the importer will write it. */
public record DraftLink(String rel, boolean array, String review, String description) {}
