package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.infer.Reviews;
import io.github.ucwakit.importer.read.ResourcePage;
import java.util.ArrayList;
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
