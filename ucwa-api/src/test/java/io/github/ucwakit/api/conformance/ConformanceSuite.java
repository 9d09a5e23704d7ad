package io.github.ucwakit.api.conformance;

import io.github.ucwakit.runtime.DataHrefs;
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

    /** Why request bodies without a rel are not checked yet. */
    public static final String INPUT_READER_MISSING = "pending input reader: the generated input classes "
            + "(runtime.operations.RequestInput) only write a request body; nothing reads one (a JSON object without "
            + "rel, an XML <input>) into its class, and they hold no links, which data: URI parameters need";

    private final UcwaCodec codec;
    private final ExpectedTypes expected;

    /**
     * @param codec the generated bindings; the suite reads with {@code data:} hrefs decoded on demand, so that a
     *     body whose {@code data:} href does not decode is still checked, and its pass says so
     * @param expected what the descriptors of the folder expect of bodies that name no rel
     */
    public ConformanceSuite(UcwaCodec codec, ExpectedTypes expected) {
        this.codec = codec.withDataHrefs(DataHrefs.DECODED_ON_DEMAND);
        this.expected = expected;
    }

    public ConformanceReport run(Path folder) throws IOException {
        BodyClassifier classifier = new BodyClassifier();
        BodyChecker checker = new BodyChecker(codec, expected, BodyCheck.pending(INPUT_READER_MISSING),
                new EventEnvelopeCheck(codec));
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
