package io.github.ucwakit.api.conformance;

import io.github.ucwakit.runtime.UcwaCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the conformance checks over every sample of the resource pages of a folder, with a codec that holds the
 * generated bindings of that folder's descriptors.
 */
public final class ConformanceSuite {

    private final UcwaCodec codec;

    public ConformanceSuite(UcwaCodec codec) {
        this.codec = codec;
    }

    public ConformanceReport run(Path folder) throws IOException {
        BodyClassifier classifier = new BodyClassifier();
        BodyChecker checker = new BodyChecker(codec);
        List<PageResult> pages = new ArrayList<>();
        for (ResourcePageSamples page : new SampleCollector().collect(folder)) {
            List<SampleResult> results = new ArrayList<>();
            for (PageSample sample : page.samples()) {
                Optional<Classification> body = classifier.classify(sample);
                results.add(new SampleResult(sample, body.orElse(null),
                        body.map(c -> checker.check(sample, c)).orElse(null)));
            }
            pages.add(new PageResult(page.page(), results));
        }
        return new ConformanceReport(folder.toString(), pages);
    }
}
