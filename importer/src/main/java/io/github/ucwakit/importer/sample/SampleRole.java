package io.github.ucwakit.importer.sample;

/** Where a sample payload stands on its page. */
public enum SampleRole {
    REQUEST,
    RESPONSE,
    EVENT
}
