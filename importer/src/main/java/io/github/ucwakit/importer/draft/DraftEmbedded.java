package io.github.ucwakit.importer.draft;

/** An embedded resource as the importer will write it. */
public record DraftEmbedded(String key, String rel, boolean array, String review, String description) {}
