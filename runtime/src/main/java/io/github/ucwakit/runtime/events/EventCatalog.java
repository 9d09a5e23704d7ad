package io.github.ucwakit.runtime.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events documented for one resource (generated as {@code <Resource>Events.CATALOG}), or for several combined
 * with {@link #union}. Finds the description of an event read from the channel. Immutable.
 */
public final class EventCatalog {

    private final List<EventDescription> descriptions;

    private EventCatalog(List<EventDescription> descriptions) {
        this.descriptions = List.copyOf(descriptions);
    }

    public static EventCatalog of(EventDescription... descriptions) {
        return new EventCatalog(List.of(descriptions));
    }

    /** The descriptions of several catalogs, in the order given. */
    public static EventCatalog union(EventCatalog... catalogs) {
        List<EventDescription> all = new ArrayList<>();
        for (EventCatalog catalog : catalogs) {
            all.addAll(catalog.descriptions);
        }
        return new EventCatalog(all);
    }

    public List<EventDescription> descriptions() {
        return descriptions;
    }

    /** The description of an event of a sender; empty for an event the catalog does not document. */
    public Optional<EventDescription> match(EventSender sender, Event event) {
        return descriptions.stream().filter(d -> d.matches(sender, event)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventCatalog other && descriptions.equals(other.descriptions);
    }

    @Override
    public int hashCode() {
        return descriptions.hashCode();
    }

    @Override
    public String toString() {
        return "EventCatalog" + descriptions;
    }
}
