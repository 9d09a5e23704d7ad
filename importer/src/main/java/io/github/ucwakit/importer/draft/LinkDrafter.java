package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.infer.ResourceEvidence;
import io.github.ucwakit.importer.infer.Reviews;
import io.github.ucwakit.importer.read.ResourcePage;
import io.github.ucwakit.importer.read.TableEntry;
import io.github.ucwakit.importer.sample.LinkUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drafts the links of a resource: the rows of its Links table, the listed properties the samples carry as links
 * (data: URIs such as a message body), then the links only the samples show. Cardinality comes from the samples
 * of this resource; a data: href adds a note to the description.
 */
final class LinkDrafter {

    private final DraftContext context;

    LinkDrafter(DraftContext context) {
        this.context = context;
    }

    List<DraftLink> draft(ResourcePage page) {
        ResourceEvidence evidence = context.evidence().of(page.name());
        Map<String, DraftLink> links = new LinkedHashMap<>();
        for (TableEntry row : page.links()) {
            links.put(row.name(), link(row.name(), row.description(), evidence.link(row.name()), new Reviews()));
        }
        for (TableEntry row : page.properties()) {
            if (!PropertyDrafter.carriedAsLinks(page, evidence).contains(row.name())) {
                continue;
            }
            Reviews reviews = new Reviews();
            reviews.add("listed under Properties; the samples carry it as a link");
            DraftLink listed = links.get(row.name());
            String description = listed != null && listed.description() != null ? null : row.description();
            DraftLink moved = link(row.name(), description, evidence.link(row.name()), reviews);
            links.put(row.name(), listed == null ? moved
                    : new DraftLink(listed.rel(), listed.array(), moved.review(), listed.description()));
        }
        Set<String> sampleOnly = new TreeSet<>(evidence.linkRels());
        sampleOnly.removeAll(links.keySet());
        for (String rel : sampleOnly) {
            Reviews reviews = new Reviews();
            reviews.add("not in the Links table; seen in samples");
            links.put(rel, link(rel, null, evidence.link(rel), reviews));
        }
        return new ArrayList<>(links.values());
    }

    private static DraftLink link(String rel, String description, List<LinkUse> uses, Reviews reviews) {
        Cardinalities.Decision decision = Cardinalities.decide(uses.stream().map(LinkUse::cardinality).toList(),
                "link");
        reviews.add(decision.review());
        List<String> hrefs = new ArrayList<>();
        uses.forEach(use -> hrefs.addAll(use.hrefs()));
        return new DraftLink(rel, decision.array(), reviews.joined(),
                DataUris.append(description, DataUris.note(hrefs)));
    }
}
