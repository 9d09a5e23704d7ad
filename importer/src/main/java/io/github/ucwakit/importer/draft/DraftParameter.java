package io.github.ucwakit.importer.draft;

/** A request-body parameter as the importer will write it. */
public record DraftParameter(String name, String type, boolean required, String review, String description) {}
