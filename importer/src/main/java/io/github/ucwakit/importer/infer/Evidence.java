package io.github.ucwakit.importer.infer;

import io.github.ucwakit.importer.sample.EmbeddedUse;
import io.github.ucwakit.importer.sample.SampleResource;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sample evidence of a whole folder, by resource name. A resource seen in a sample gives evidence for its own
 * descriptor, and so does every resource embedded in it, at any depth.
 */
public final class Evidence {

    private static final ResourceEvidence NONE = new ResourceEvidence();

    private final Map<String, ResourceEvidence> byResource = new TreeMap<>();

    /** The evidence about a resource; empty when no sample shows it. */
    public ResourceEvidence of(String resource) {
        return byResource.getOrDefault(resource, NONE);
    }

    /** Records a resource's sighting as evidence about the named resource, and its embedded ones about theirs. */
    public void add(String resource, SampleResource sighting) {
        ResourceEvidence evidence = byResource.computeIfAbsent(resource, r -> new ResourceEvidence());
        sighting.properties().forEach(evidence::addProperty);
        sighting.links().forEach(evidence::addLink);
        for (EmbeddedUse use : sighting.embedded()) {
            evidence.addEmbedded(new EmbeddedSighting(use.key(), use.cardinality(),
                    use.resources().stream().map(r -> r.rel() == null ? use.key() : r.rel()).distinct().toList()));
            for (SampleResource nested : use.resources()) {
                add(nested.rel() == null ? use.key() : nested.rel(), nested);
            }
        }
    }

    /** Records that a page's own sample carries another rel at its top. */
    public void addForeignRel(String resource, String rel) {
        byResource.computeIfAbsent(resource, r -> new ResourceEvidence()).addForeignRel(rel);
    }

    /** Records the properties of a request body that represents the resource (a PUT body). */
    public void addRepresentation(String resource, SampleResource body) {
        ResourceEvidence evidence = byResource.computeIfAbsent(resource, r -> new ResourceEvidence());
        body.properties().forEach(evidence::addProperty);
    }
}
