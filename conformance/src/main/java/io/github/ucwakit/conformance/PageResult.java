package io.github.ucwakit.conformance;

import java.util.List;

/** The results of the samples of one resource page. */
public record PageResult(String page, List<SampleResult> samples) {

    public PageResult {
        samples = List.copyOf(samples);
    }

    /** The samples that show a body. */
    public List<SampleResult> bodies() {
        return samples.stream().filter(SampleResult::hasBody).toList();
    }

    public List<SampleResult> with(Status status) {
        return samples.stream().filter(s -> s.is(status)).toList();
    }
}
