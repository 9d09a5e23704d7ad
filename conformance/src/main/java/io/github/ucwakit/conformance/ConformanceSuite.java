package io.github.ucwakit.conformance;

import io.github.ucwakit.runtime.BindingProvider;
import io.github.ucwakit.runtime.DataHrefs;
import io.github.ucwakit.runtime.InputBinding;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Runs the conformance checks over every sample of the resource pages of a folder, with a codec that holds the
 * generated bindings of that folder's descriptors.
 */
public final class ConformanceSuite {

    private final UcwaCodec codec;
    private final List<InputBinding<?>> inputs;
    private final ExpectedTypes expected;

    /**
     * @param codec the generated bindings; the suite reads with {@code data:} hrefs decoded on demand, so that a
     *     body whose {@code data:} href does not decode is still checked, and its pass says so
     * @param inputs the bindings of the generated input classes, which read request bodies of parameters
     * @param expected what the descriptors of the folder expect of bodies that name no rel
     */
    public ConformanceSuite(UcwaCodec codec, Collection<InputBinding<?>> inputs, ExpectedTypes expected) {
        this.codec = codec.withDataHrefs(DataHrefs.DECODED_ON_DEMAND);
        this.inputs = List.copyOf(inputs);
        this.expected = expected;
    }

    /** The input bindings of every binding provider the {@link ServiceLoader} finds, as the codec finds its own. */
    public static List<InputBinding<?>> inputBindings() {
        List<InputBinding<?>> found = new ArrayList<>();
        ServiceLoader.load(BindingProvider.class).forEach(p -> found.addAll(p.inputBindings()));
        return List.copyOf(found);
    }

    public ConformanceReport run(Path folder) throws IOException {
        BodyClassifier classifier = new BodyClassifier();
        BodyChecker checker = new BodyChecker(codec, expected, new InputCheck(codec, expected, inputs),
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
