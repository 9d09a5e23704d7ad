package io.github.ucwakit.importer.read;

/** A row of a synchronous errors table, cells as written. */
public record ErrorEntry(int line, String error, String code, String subcode, String description) {}
