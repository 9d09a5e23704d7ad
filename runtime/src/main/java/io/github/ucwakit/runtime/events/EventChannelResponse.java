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
 * The response to a pending GET on the event channel: its self link, the link to send the next pending GET to
 * ({@code next}; {@code resume} after a long inactivity that reset transient state; {@code resync} when the client
 * used a stale link), and the senders with their events in order. Other links and members are kept. Immutable.
 */
public final class EventChannelResponse {

    /** The rel of the link to the next pending GET in the common case. */
    public static final String NEXT = "next";
    /** The rel that replaces {@code next} after a long inactivity: transient state was reset. */
    public static final String RESUME = "resume";
    /** The rel of the only link of a response to a stale or out-of-order link. */
    public static final String RESYNC = "resync";

    private final Link self;
    private final List<Link> links;
    private final List<EventSender> senders;
    private final Map<String, PropertyValue> unknownMembers;

    private EventChannelResponse(Builder builder) {
        this.self = builder.self;
        this.links = List.copyOf(builder.links);
        this.senders = List.copyOf(builder.senders);
        this.unknownMembers = builder.unknownMembers.isEmpty() ? Collections.emptyMap()
                : NameMap.copyOf(builder.unknownMembers).frozen();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().self(self);
        links.forEach(builder::link);
        senders.forEach(builder::addSender);
        builder.unknownMembers.putAll(unknownMembers);
        return builder;
    }

    public Optional<Link> self() {
        return Optional.ofNullable(self);
    }

    /** Every link but self, in document order: {@code next}, {@code resume} or {@code resync}, and any other. */
    public List<Link> links() {
        return links;
    }

    /** The first link of a rel other than self. */
    public Optional<Link> link(String rel) {
        return links.stream().filter(link -> link.rel().equals(rel)).findFirst();
    }

    public Optional<Link> next() {
        return link(NEXT);
    }

    public Optional<Link> resume() {
        return link(RESUME);
    }

    public Optional<Link> resync() {
        return link(RESYNC);
    }

    /** Where to send the next pending GET: the {@code next}, {@code resume} or {@code resync} link. */
    public Optional<Link> continuation() {
        return next().or(this::resume).or(this::resync);
    }

    /** The sender blocks, in order. */
    public List<EventSender> senders() {
        return senders;
    }

    /** Every event of every sender, in order. */
    public List<Event> events() {
        List<Event> events = new ArrayList<>();
        senders.forEach(sender -> events.addAll(sender.events()));
        return List.copyOf(events);
    }

    /** Members the response format does not define, in document order. */
    public Map<String, PropertyValue> unknownMembers() {
        return unknownMembers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventChannelResponse other
                && Objects.equals(self, other.self)
                && links.equals(other.links)
                && senders.equals(other.senders)
                && unknownMembers.equals(other.unknownMembers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(self, links, senders, unknownMembers);
    }

    @Override
    public String toString() {
        return "EventChannelResponse{self=" + self + ", links=" + links + ", senders=" + senders + "}";
    }

    /** Builds an {@link EventChannelResponse}. */
    public static final class Builder {

        private Link self;
        private final List<Link> links = new ArrayList<>();
        private final List<EventSender> senders = new ArrayList<>();
        private final Map<String, PropertyValue> unknownMembers = new NameMap<>();

        private Builder() {}

        /** The self link; {@code null} for none. */
        public Builder self(Link self) {
            this.self = self;
            return this;
        }

        /** Adds a link other than self ({@code next}, {@code resume}, {@code resync} or another). */
        public Builder link(Link link) {
            links.add(Objects.requireNonNull(link, "link"));
            return this;
        }

        public Builder addSender(EventSender sender) {
            senders.add(Objects.requireNonNull(sender, "sender"));
            return this;
        }

        /** Keeps a member the response format does not define. */
        public Builder unknownMember(String name, PropertyValue value) {
            unknownMembers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public EventChannelResponse build() {
            return new EventChannelResponse(this);
        }
    }
}
