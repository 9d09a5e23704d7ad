package io.github.ucwakit.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * What the conformance suite found for a folder of pages, page by page.
 *
 * @param folder the folder as named to the suite
 */
public record ConformanceReport(String folder, List<PageResult> pages) {

    public ConformanceReport {
        pages = List.copyOf(pages);
    }

    public List<SampleResult> samples() {
        return pages.stream().flatMap(p -> p.samples().stream()).toList();
    }

    public List<SampleResult> bodies() {
        return pages.stream().flatMap(p -> p.bodies().stream()).toList();
    }

    public List<SampleResult> with(Status status) {
        return samples().stream().filter(s -> s.is(status)).toList();
    }

    /** The passes that carry a note. */
    public List<SampleResult> notedPasses() {
        return samples().stream().filter(s -> s.outcome() != null && s.outcome().isNotedPass()).toList();
    }

    /** One count per body kind, in the order of {@link BodyKind}. */
    public List<KindCount> countsByKind() {
        List<KindCount> counts = new ArrayList<>();
        for (BodyKind kind : BodyKind.values()) {
            List<SampleResult> ofKind = bodies().stream().filter(s -> s.is(kind)).toList();
            int noted = (int) ofKind.stream().filter(s -> s.outcome().isNotedPass()).count();
            counts.add(new KindCount(kind, ofKind.size(), count(ofKind, Status.PASSED), noted,
                    count(ofKind, Status.FAILED), count(ofKind, Status.PENDING), count(ofKind, Status.CLASSIFIED)));
        }
        return List.copyOf(counts);
    }

    private static int count(List<SampleResult> results, Status status) {
        return (int) results.stream().filter(s -> s.is(status)).count();
    }
}
