package io.github.ucwakit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.conformance.PageSample;
import io.github.ucwakit.conformance.ResourcePageSamples;
import io.github.ucwakit.conformance.SampleCollector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The JSON response samples of the reference pages (property {@code ucwa.reference}, default
 * {@code ../shared/ucwa-reference}), read once, and the shape of a JSON resource body: its property names, link
 * rels and embedded keys.
 */
final class ReferenceSamples {

    private static Map<String, ResourcePageSamples> pages;

    private ReferenceSamples() {}

    /** The shape of the first JSON response sample of this method on this page that shows a body. */
    static Shape responseShape(String page, String method) {
        return pages().entrySet().stream()
                .filter(entry -> entry.getKey().equals(page))
                .flatMap(entry -> entry.getValue().samples().stream())
                .filter(sample -> sample.role() == PageSample.Role.RESPONSE && method.equals(sample.method())
                        && sample.format() == io.github.ucwakit.runtime.PayloadFormat.JSON && sample.body() != null)
                .findFirst()
                .map(sample -> Shape.of(sample.body()))
                .orElseThrow(() -> new AssertionError("no JSON " + method + " response sample with a body on "
                        + page + " in " + folder()));
    }

    private static synchronized Map<String, ResourcePageSamples> pages() {
        if (pages == null) {
            try {
                pages = new SampleCollector().collect(folder()).stream()
                        .collect(Collectors.toMap(ResourcePageSamples::page, Function.identity()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    static Path folder() {
        String value = System.getProperty("ucwa.reference", "../../shared/ucwa-reference");
        Path folder = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new AssertionError("the reference pages are not at " + folder
                    + "; point -Ducwa.reference=DIR at the folder of UCWA reference pages");
        }
        return folder;
    }

    /**
     * What a JSON resource body is made of.
     *
     * @param properties the names of its properties ({@code rel} included)
     * @param links the rels of its links
     * @param embedded the keys of its embedded resources
     */
    record Shape(TreeSet<String> properties, TreeSet<String> links, TreeSet<String> embedded) {

        private static final ObjectMapper MAPPER = new ObjectMapper();

        static Shape of(String json) {
            try {
                JsonNode root = MAPPER.readTree(json);
                TreeSet<String> properties = new TreeSet<>();
                root.fieldNames().forEachRemaining(name -> {
                    if (!name.equals("_links") && !name.equals("_embedded")) {
                        properties.add(name);
                    }
                });
                return new Shape(properties, names(root.get("_links")), names(root.get("_embedded")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static TreeSet<String> names(JsonNode node) {
            TreeSet<String> names = new TreeSet<>();
            Optional.ofNullable(node).map(JsonNode::fieldNames).ifPresent((Iterator<String> it) ->
                    it.forEachRemaining(names::add));
            return names;
        }

        /** Without properties named by a UUID: opaque members a server adds for clients to echo. */
        Shape withoutOpaqueProperties() {
            TreeSet<String> p = new TreeSet<>(properties);
            p.removeIf(name -> name.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
            return new Shape(p, links, embedded);
        }

        Shape union(Shape other) {
            TreeSet<String> p = new TreeSet<>(properties);
            p.addAll(other.properties);
            TreeSet<String> l = new TreeSet<>(links);
            l.addAll(other.links);
            TreeSet<String> e = new TreeSet<>(embedded);
            e.addAll(other.embedded);
            return new Shape(p, l, e);
        }

        List<TreeSet<String>> parts() {
            return List.of(properties, links, embedded);
        }
    }
}
