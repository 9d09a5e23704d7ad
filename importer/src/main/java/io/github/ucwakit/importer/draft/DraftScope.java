package io.github.ucwakit.importer.draft;

/** An Azure Active Directory scope as the importer will write it. */
public record DraftScope(String name, String permission, String description) {}
