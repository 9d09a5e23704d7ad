package io.github.ucwakit.conformance;

import java.util.List;

/** The samples of one resource page, in page order. */
public record ResourcePageSamples(String page, List<PageSample> samples) {

    public ResourcePageSamples {
        samples = List.copyOf(samples);
    }
}
