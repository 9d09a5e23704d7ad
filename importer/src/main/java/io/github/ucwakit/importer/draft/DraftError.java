package io.github.ucwakit.importer.draft;

/** A synchronous error row as the importer will write it. */
public record DraftError(String error, int code, String subcode, String description) {}
