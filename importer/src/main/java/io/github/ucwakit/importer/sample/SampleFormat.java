package io.github.ucwakit.importer.sample;

/** The wire format of a sample payload. */
public enum SampleFormat {
    JSON,
    XML
}
