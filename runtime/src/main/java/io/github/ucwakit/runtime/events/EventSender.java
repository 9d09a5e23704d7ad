package io.github.ucwakit.runtime.events;

import io.github.ucwakit.runtime.NameMap;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One sender block of an event-channel response: the resource that sent the events (its rel, href and title) and
 * its events in order. A sender may appear several times in a response, since event order is kept. Immutable.
 */
public final class EventSender {

    private final String rel;
    private final String href;
    private final String title;
    private final List<Event> events;
    private final Map<String, PropertyValue> unknownMembers;

    private EventSender(Builder builder) {
        this.rel = Objects.requireNonNull(builder.rel, "rel");
        this.href = builder.href;
        this.title = builder.title;
        this.events = builder.events == null ? null : List.copyOf(builder.events);
        this.unknownMembers = builder.unknownMembers.isEmpty() ? Collections.emptyMap()
                : NameMap.copyOf(builder.unknownMembers).frozen();
    }

    /** A builder of a sender of this rel. */
    public static Builder builder(String rel) {
        return new Builder(rel);
    }

    /** A builder of a sender identified by a link. */
    public static Builder builder(Link link) {
        return new Builder(link.rel()).href(link.href()).title(link.title().orElse(null));
    }

    public Builder toBuilder() {
        Builder builder = new Builder(rel).href(href).title(title);
        if (events != null) {
            builder.events(events);
        }
        builder.unknownMembers.putAll(unknownMembers);
        return builder;
    }

    /** The sender's rel, for example {@code conversation}. */
    public String rel() {
        return rel;
    }

    public Optional<String> href() {
        return Optional.ofNullable(href);
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The sender as a link, when it has an href. */
    public Optional<Link> link() {
        return href().map(h -> Link.of(rel, h, title));
    }

    /** The sender's events, in order; empty when the block has none. */
    public List<Event> events() {
        return events == null ? List.of() : events;
    }

    /** Whether the block carries an events array, even an empty one (an abridged block may carry none). */
    public boolean hasEvents() {
        return events != null;
    }

    /** Members the sender format does not define, in document order. */
    public Map<String, PropertyValue> unknownMembers() {
        return unknownMembers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventSender other
                && rel.equals(other.rel)
                && Objects.equals(href, other.href)
                && Objects.equals(title, other.title)
                && Objects.equals(events, other.events)
                && unknownMembers.equals(other.unknownMembers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rel, href, title, events, unknownMembers);
    }

    @Override
    public String toString() {
        return "EventSender{rel=" + rel + (href == null ? "" : ", href=" + href) + ", events=" + events + "}";
    }

    /** Builds an {@link EventSender}. */
    public static final class Builder {

        private final String rel;
        private String href;
        private String title;
        private List<Event> events;
        private final Map<String, PropertyValue> unknownMembers = new NameMap<>();

        private Builder(String rel) {
            this.rel = Objects.requireNonNull(rel, "rel");
        }

        /** The sender's href; {@code null} for none. */
        public Builder href(String href) {
            this.href = href;
            return this;
        }

        /** The sender's title; {@code null} for none. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder addEvent(Event event) {
            if (events == null) {
                events = new ArrayList<>();
            }
            events.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /** Replaces the events; an empty list is an empty events array. */
        public Builder events(List<Event> events) {
            this.events = new ArrayList<>();
            events.forEach(this::addEvent);
            return this;
        }

        /** Keeps a member the sender format does not define. */
        public Builder unknownMember(String name, PropertyValue value) {
            unknownMembers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public EventSender build() {
            return new EventSender(this);
        }
    }
}
