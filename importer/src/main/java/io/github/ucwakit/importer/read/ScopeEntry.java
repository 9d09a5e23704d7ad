package io.github.ucwakit.importer.read;

/** A row of the Azure Active Directory scopes table. */
public record ScopeEntry(int line, String name, String permission, String description) {}
