package io.github.ucwakit.importer.infer;

import io.github.ucwakit.importer.sample.SampleResource;
import io.github.ucwakit.importer.sample.SampleText;
import java.util.Optional;

/** A sample of an operation with the resource its payload shows, if any. */
public record ParsedSample(SampleText text, Optional<SampleResource> payload) {}
