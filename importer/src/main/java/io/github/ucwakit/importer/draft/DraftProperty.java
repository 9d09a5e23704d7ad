package io.github.ucwakit.importer.draft;

/** A property as the importer will write it; {@code review} is {@code null} when nothing needs a look. */
public record DraftProperty(String name, String type, String review, String description) {}
