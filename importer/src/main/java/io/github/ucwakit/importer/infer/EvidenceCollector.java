package io.github.ucwakit.importer.infer;

import io.github.ucwakit.importer.read.OperationSection;
import io.github.ucwakit.importer.read.ResourcePage;
import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.importer.sample.SampleParser;
import io.github.ucwakit.importer.sample.SampleResource;
import io.github.ucwakit.importer.sample.SampleRole;
import io.github.ucwakit.importer.sample.SampleText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses every sample of every page once and files what it shows:
 * <ul>
 *   <li>a response payload is evidence about the page's resource when it carries the page's rel or answers a GET,
 *       otherwise about the resource its rel names;</li>
 *   <li>a PUT request payload is evidence about the page's resource properties;</li>
 *   <li>a resource embedded anywhere, including in an event, is evidence about the resource its rel names;</li>
 *   <li>an event sample is evidence about the links of the event channel resource.</li>
 * </ul>
 * The parsed samples of each operation are kept for the operation's own inference (status, response, request).
 */
public final class EvidenceCollector {

    private final SampleParser parser;
    private final Evidence evidence = new Evidence();
    private final Map<OperationSection, List<ParsedSample>> byOperation = new IdentityHashMap<>();

    public EvidenceCollector(DiagnosticSink sink) {
        this.parser = new SampleParser(sink);
    }

    public EvidenceCollector collect(List<ResourcePage> pages) {
        pages.forEach(this::collect);
        return this;
    }

    /** Collects the evidence of one page; gives the page back. */
    public ResourcePage collect(ResourcePage page) {
        for (OperationSection operation : page.operations()) {
            if (Methods.isDescribable(operation.method())) {
                byOperation.put(operation, operationSamples(page, operation));
            }
        }
        for (SampleText sample : page.eventSamples()) {
            SampleParser.EventSample events = parser.events(sample);
            events.channel().ifPresent(channel -> evidence.add(channel.rel(), channel));
            for (SampleResource resource : events.embedded()) {
                evidence.add(resource.rel(), resource);
            }
        }
        return page;
    }

    public Evidence evidence() {
        return evidence;
    }

    /** The parsed samples of an operation of a collected page. */
    public List<ParsedSample> samples(OperationSection operation) {
        return byOperation.getOrDefault(operation, List.of());
    }

    private List<ParsedSample> operationSamples(ResourcePage page, OperationSection operation) {
        List<ParsedSample> parsed = new ArrayList<>();
        for (SampleText sample : operation.samples()) {
            Optional<SampleResource> payload = parser.payload(sample);
            parsed.add(new ParsedSample(sample, payload));
            payload.ifPresent(resource -> file(page, operation, sample.role(), resource));
        }
        return List.copyOf(parsed);
    }

    private void file(ResourcePage page, OperationSection operation, SampleRole role, SampleResource resource) {
        String rel = resource.rel();
        if (role == SampleRole.RESPONSE && rel != null) {
            boolean own = rel.equals(page.name()) || operation.method().equals("GET");
            evidence.add(own ? page.name() : rel, resource);
            if (own && !rel.equals(page.name())) {
                evidence.addForeignRel(page.name(), rel);
            }
        } else if (role == SampleRole.REQUEST && operation.method().equals("PUT")
                && (rel == null || rel.equals(page.name()))) {
            evidence.addRepresentation(page.name(), resource);
        }
    }
}
