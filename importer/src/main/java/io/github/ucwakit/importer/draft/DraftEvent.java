package io.github.ucwakit.importer.draft;

/** An event as the importer will write it. */
public record DraftEvent(String type, String priority, String sender, String description) {}
