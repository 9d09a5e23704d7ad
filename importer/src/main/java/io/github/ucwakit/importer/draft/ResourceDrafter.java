package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.infer.Reviews;
import io.github.ucwakit.importer.page.PageFile;
import io.github.ucwakit.importer.page.PageKind;
import io.github.ucwakit.importer.read.ResourcePage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Drafts the descriptor of one resource page from the page and the folder's evidence. */
public final class ResourceDrafter {

    private final DraftContext context;
    private final PropertyDrafter properties;
    private final LinkDrafter links;
    private final EmbeddedDrafter embedded;
    private final OperationDrafter operations;

    public ResourceDrafter(DraftContext context) {
        this.context = context;
        this.properties = new PropertyDrafter(context);
        this.links = new LinkDrafter(context);
        this.embedded = new EmbeddedDrafter(context);
        this.operations = new OperationDrafter(context);
    }

    public DraftResource draft(ResourcePage page) {
        Reviews reviews = new Reviews();
        List<String> foreign = context.evidence().of(page.name()).foreignRels();
        if (!foreign.isEmpty()) {
            reviews.add("the page's own samples carry rel " + String.join(", ", foreign)
                    + "; the descriptor is named after the page");
        }
        Set<String> others = EventDrafter.otherResources(page);
        if (!others.isEmpty()) {
            reviews.add("the event tables also describe events about " + String.join(", ", others)
                    + "; kept here as listed");
        }
        return new DraftResource(page.name(), reviews.joined(), description(page), properties.draft(page),
                links.draft(page), embedded.draft(page), EventDrafter.draft(page), operations.draft(page),
                page.scopes().stream().map(s -> new DraftScope(s.name(), s.permission(), s.description())).toList());
    }

    /**
     * Drafts the descriptor of a resource that samples show (embedded, or returned by another page's operation)
     * but that has no page in the folder: everything comes from the samples.
     */
    public DraftResource draftFromSamples(String rel) {
        ResourcePage none = new ResourcePage(new PageFile(rel + "_ref.md", rel, PageKind.RESOURCE, List.of()),
                null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        DraftResource draft = draft(none);
        Reviews reviews = new Reviews();
        reviews.add("no page in the folder describes this resource; drafted from the samples that show it");
        reviews.add(draft.review());
        List<DraftProperty> properties = draft.properties().stream()
                .map(p -> new DraftProperty(p.name(), p.type(), withoutTableNote(p.review()), p.description()))
                .toList();
        List<DraftLink> links = draft.links().stream()
                .map(l -> new DraftLink(l.rel(), l.array(), withoutTableNote(l.review()), l.description()))
                .toList();
        return new DraftResource(draft.name(), reviews.joined(), draft.description(), properties, links,
                draft.embedded(), draft.events(), draft.operations(), draft.scopes());
    }

    /** A member's review without the note that no table lists it: a resource without a page has no table. */
    private static String withoutTableNote(String review) {
        if (review == null) {
            return null;
        }
        List<String> kept = Arrays.stream(review.split("; "))
                .filter(part -> !(part.startsWith("not in the ") && part.endsWith(" table"))
                        && !part.equals("seen in samples"))
                .toList();
        return kept.isEmpty() ? null : String.join("; ", kept);
    }

    private static String description(ResourcePage page) {
        List<String> parts = new ArrayList<>();
        if (page.summary() != null) {
            parts.add(page.summary());
        }
        if (page.details() != null && !page.details().equals(page.summary())) {
            parts.add(page.details());
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }
}
