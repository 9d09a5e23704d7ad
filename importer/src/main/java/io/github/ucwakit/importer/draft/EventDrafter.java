package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.read.EventEntry;
import io.github.ucwakit.importer.read.ResourcePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Drafts the events of a resource from its event tables, one per distinct row. */
final class EventDrafter {

    private EventDrafter() {}

    static List<DraftEvent> draft(ResourcePage page) {
        List<DraftEvent> events = new ArrayList<>();
        for (EventEntry row : page.events()) {
            DraftEvent event = new DraftEvent(row.type(), row.priority(), row.sender(), row.description());
            if (!events.contains(event)) {
                events.add(event);
            }
        }
        return events;
    }

    /** The resources other than the page's own that its event tables are about, sorted. */
    static Set<String> otherResources(ResourcePage page) {
        Set<String> others = new TreeSet<>();
        for (EventEntry row : page.events()) {
            if (!row.resource().isEmpty() && !row.resource().equals(page.name())) {
                others.add(row.resource());
            }
        }
        return others;
    }
}
