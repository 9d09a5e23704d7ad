package io.github.ucwakit.importer.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the resources a sample shows: the payload of a request or response (when it is a UCWA resource or
 * input), or the resources embedded in the events of an event sample.
 */
public final class SampleParser {

    /** The rel of the event channel resource, which event samples show without naming it. */
    public static final String EVENTS = "events";

    private final DiagnosticSink sink;
    private final JsonSampleReader json;
    private final XmlSampleReader xml;

    public SampleParser(DiagnosticSink sink) {
        this.sink = sink;
        this.json = new JsonSampleReader(sink);
        this.xml = new XmlSampleReader(sink);
    }

    /** The payload's resource, if the sample has one. */
    public Optional<SampleResource> payload(SampleText sample) {
        if (sample.format() == SampleFormat.XML) {
            return xml.parse(sample)
                    .filter(XmlResourceMapper::isResource)
                    .map(root -> new XmlResourceMapper(sample, sink).map(root));
        }
        return json.parse(sample)
                .filter(parsed -> parsed.root().isObject())
                .map(parsed -> new JsonResourceMapper(parsed.sample(), sink).map(parsed.root(), null));
    }

    /**
     * What an event sample shows: the event channel resource itself (its links; its {@code sender} structure is
     * not a resource property) and the resources embedded in its events.
     */
    public record EventSample(Optional<SampleResource> channel, List<SampleResource> embedded) {}

    /** Reads an event sample; empty parts when it cannot be read. */
    public EventSample events(SampleText sample) {
        List<SampleResource> resources = new ArrayList<>();
        Optional<SampleResource> channel = json.parse(sample).filter(parsed -> parsed.root().isObject()).map(parsed -> {
            JsonResourceMapper mapper = new JsonResourceMapper(parsed.sample(), sink);
            for (JsonNode sender : parsed.root().path("sender")) {
                for (JsonNode event : sender.path("events")) {
                    event.path("_embedded").properties().forEach(entry -> {
                        JsonNode value = entry.getValue();
                        if (value.isArray()) {
                            value.forEach(item -> resources.add(mapper.map(item, entry.getKey())));
                        } else if (value.isObject()) {
                            resources.add(mapper.map(value, entry.getKey()));
                        }
                    });
                }
            }
            SampleResource root = mapper.map(parsed.root(), EVENTS);
            return new SampleResource(root.rel(), root.format(), root.file(), root.line(), List.of(), root.links(),
                    List.of());
        });
        return new EventSample(channel, resources);
    }
}
