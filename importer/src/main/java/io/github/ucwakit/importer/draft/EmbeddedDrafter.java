package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.infer.EmbeddedSighting;
import io.github.ucwakit.importer.infer.ResourceEvidence;
import io.github.ucwakit.importer.infer.Reviews;
import io.github.ucwakit.importer.read.ResourcePage;
import io.github.ucwakit.importer.read.TableEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Drafts the embedded resources of a resource, all from the samples (the pages have no table for them): each key,
 * the rel of the resources under it (which may differ from the key), and whether it holds an array.
 */
final class EmbeddedDrafter {

    private final DraftContext context;

    EmbeddedDrafter(DraftContext context) {
        this.context = context;
    }

    List<DraftEmbedded> draft(ResourcePage page) {
        ResourceEvidence evidence = context.evidence().of(page.name());
        List<DraftEmbedded> embedded = new ArrayList<>();
        for (String key : new TreeSet<>(evidence.embeddedKeys())) {
            List<EmbeddedSighting> sightings = evidence.embedded(key);
            Reviews reviews = new Reviews();
            String rel = rel(sightings, reviews);
            Cardinalities.Decision decision = Cardinalities.decide(
                    sightings.stream().map(EmbeddedSighting::cardinality).toList(), "embedded key");
            reviews.add(decision.review());
            embedded.add(new DraftEmbedded(key, rel, decision.array(), reviews.joined(), description(page, key, rel)));
        }
        return embedded;
    }

    /** The rel most sightings show under the key (ties by name); a review when they differ. */
    private static String rel(List<EmbeddedSighting> sightings, Reviews reviews) {
        Map<String, Integer> counts = new TreeMap<>();
        sightings.forEach(s -> s.rels().forEach(r -> counts.merge(r, 1, Integer::sum)));
        String chosen = counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(sightings.get(0).key());
        if (counts.size() > 1) {
            reviews.add("samples embed different rels under this key (" + String.join(", ", counts.keySet())
                    + "); " + chosen + " chosen");
        }
        return chosen;
    }

    /** The Links table's description of the key, else the summary of the embedded resource's page. */
    private String description(ResourcePage page, String key, String rel) {
        return page.links().stream()
                .filter(row -> row.name().equals(key))
                .map(TableEntry::description)
                .findFirst()
                .orElseGet(() -> context.summaries().get(rel));
    }
}
