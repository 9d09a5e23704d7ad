package io.github.ucwakit.importer.draft;

/** An enumeration member as the importer will write it. */
public record DraftMember(String name, String description) {}
