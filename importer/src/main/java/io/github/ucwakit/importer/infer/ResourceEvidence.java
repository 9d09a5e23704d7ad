package io.github.ucwakit.importer.infer;

import io.github.ucwakit.importer.sample.LinkUse;
import io.github.ucwakit.importer.sample.PropertyUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the samples of a folder show about one resource: its properties, links and embedded keys, each
 * with every sighting, wherever the resource appeared (a response, a request, embedded in another resource or in
 * an event).
 */
public final class ResourceEvidence {

    private final Map<String, List<PropertyUse>> properties = new LinkedHashMap<>();
    private final Map<String, List<LinkUse>> links = new LinkedHashMap<>();
    private final Map<String, List<EmbeddedSighting>> embedded = new LinkedHashMap<>();
    private final Set<String> foreignRels = new TreeSet<>();

    void addProperty(PropertyUse use) {
        properties.computeIfAbsent(use.name(), n -> new ArrayList<>()).add(use);
    }

    void addLink(LinkUse use) {
        links.computeIfAbsent(use.rel(), r -> new ArrayList<>()).add(use);
    }

    void addEmbedded(EmbeddedSighting sighting) {
        embedded.computeIfAbsent(sighting.key(), k -> new ArrayList<>()).add(sighting);
    }

    void addForeignRel(String rel) {
        foreignRels.add(rel);
    }

    /** Property names in order of first sighting. */
    public List<String> propertyNames() {
        return List.copyOf(properties.keySet());
    }

    public List<PropertyUse> property(String name) {
        return List.copyOf(properties.getOrDefault(name, List.of()));
    }

    /** Link rels in order of first sighting. */
    public List<String> linkRels() {
        return List.copyOf(links.keySet());
    }

    public List<LinkUse> link(String rel) {
        return List.copyOf(links.getOrDefault(rel, List.of()));
    }

    /** Embedded keys in order of first sighting. */
    public List<String> embeddedKeys() {
        return List.copyOf(embedded.keySet());
    }

    public List<EmbeddedSighting> embedded(String key) {
        return List.copyOf(embedded.getOrDefault(key, List.of()));
    }

    /** The rels other than the resource's name that the page's own samples carry at their top, sorted. */
    public List<String> foreignRels() {
        return List.copyOf(foreignRels);
    }
}
