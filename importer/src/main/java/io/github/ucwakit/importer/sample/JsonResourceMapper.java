package io.github.ucwakit.importer.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Maps a JSON object of a sample (rel, properties, {@code _links}, {@code _embedded}) to a {@link SampleResource}. */
public final class JsonResourceMapper {

    private final SampleText sample;
    private final DiagnosticSink sink;

    public JsonResourceMapper(SampleText sample, DiagnosticSink sink) {
        this.sample = sample;
        this.sink = sink;
    }

    /** The resource an object shows; its rel is the object's {@code rel}, else the given default. */
    public SampleResource map(JsonNode object, String defaultRel) {
        String rel = object.path("rel").isTextual() ? object.get("rel").asText() : defaultRel;
        List<PropertyUse> properties = new ArrayList<>();
        List<LinkUse> links = new ArrayList<>();
        List<EmbeddedUse> embedded = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "rel" -> {
                    // the resource's rel, not a property
                }
                case "_links" -> value.properties().forEach(l -> links.add(link(l.getKey(), l.getValue())));
                case "_embedded" -> value.properties().forEach(e -> embedded.add(embedded(e.getKey(), e.getValue())));
                default -> properties.add(property(name, value));
            }
        }
        return new SampleResource(rel, SampleFormat.JSON, sample.pageFile(), sample.lineOf("\"" + rel + "\""),
                properties, links, embedded);
    }

    private PropertyUse property(String name, JsonNode value) {
        boolean list = value.isArray();
        List<Scalar> values = new ArrayList<>();
        if (list) {
            value.forEach(item -> values.add(scalar(item)));
        } else {
            values.add(scalar(value));
        }
        return new PropertyUse(name, list, values, SampleFormat.JSON, sample.pageFile(),
                sample.lineOf("\"" + name + "\""));
    }

    private Scalar scalar(JsonNode node) {
        if (node.isTextual()) {
            return new Scalar(Scalar.Kind.STRING, SpacedValueRepair.repair(node.asText(), sample, sink));
        }
        if (node.isIntegralNumber()) {
            return new Scalar(Scalar.Kind.INTEGER, node.asText());
        }
        if (node.isNumber()) {
            return new Scalar(Scalar.Kind.DECIMAL, node.asText());
        }
        if (node.isBoolean()) {
            return new Scalar(Scalar.Kind.BOOLEAN, node.asText());
        }
        if (node.isNull()) {
            return new Scalar(Scalar.Kind.NULL, "null");
        }
        return new Scalar(Scalar.Kind.OBJECT, node.toString());
    }

    private LinkUse link(String rel, JsonNode value) {
        List<String> hrefs = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> hrefs.add(href(item)));
        } else {
            hrefs.add(href(value));
        }
        Cardinality cardinality = value.isArray() ? Cardinality.ARRAY : Cardinality.SINGLE;
        return new LinkUse(rel, cardinality, hrefs, sample.pageFile(), sample.lineOf("\"" + rel + "\""));
    }

    private String href(JsonNode link) {
        return SpacedValueRepair.repair(link.path("href").asText(""), sample, sink);
    }

    private EmbeddedUse embedded(String key, JsonNode value) {
        List<SampleResource> resources = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> {
                if (item.isObject()) {
                    resources.add(map(item, key));
                }
            });
        } else if (value.isObject()) {
            resources.add(map(value, key));
        }
        return new EmbeddedUse(key, value.isArray() ? Cardinality.ARRAY : Cardinality.SINGLE, resources);
    }
}
