package io.github.ucwakit.client.events;

import io.github.ucwakit.client.errors.UcwaClientException;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventDescription;
import io.github.ucwakit.runtime.events.EventSender;
import io.github.ucwakit.runtime.events.EventType;
import java.util.Objects;
import java.util.Optional;

/**
 * One event as a listener receives it: the event and its sender as read from the channel, the catalog entry it
 * matched, and the resource it is about, typed, with where it came from ({@link #origin()}): embedded in the event,
 * fetched through the event's link (for a typed listener, when the server did not embed it), or absent (a
 * {@code deleted} event, a listener that does not ask for a type, or a fetch that failed: {@link #fetchFailure()}).
 * Immutable.
 *
 * @param <T> the class of the resource
 */
public final class DeliveredEvent<T extends UcwaResource> {

    /** Where the resource of a delivered event comes from. */
    public enum Origin {
        /** The server embedded the resource in the event. */
        EMBEDDED,
        /** The event only linked to the resource; the channel read it through the link. */
        FETCHED,
        /** No resource: a deleted resource, an untyped listener, or a fetch that failed. */
        NONE
    }

    private final EventSender sender;
    private final Event event;
    private final EventDescription description;
    private final T resource;
    private final Origin origin;
    private final UcwaClientException fetchFailure;

    DeliveredEvent(EventSender sender, Event event, EventDescription description, T resource, Origin origin,
            UcwaClientException fetchFailure) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.event = Objects.requireNonNull(event, "event");
        this.description = description;
        this.resource = resource;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.fetchFailure = fetchFailure;
    }

    /** The event as read from the channel. */
    public Event event() {
        return event;
    }

    /** The sender block the event came in. */
    public EventSender sender() {
        return sender;
    }

    /** The event's type. */
    public EventType type() {
        return event.type();
    }

    /** The link to the resource the event is about. */
    public Link link() {
        return event.link();
    }

    /** The catalog entry the event matched; empty for a listener by type, sender, or the catch-all. */
    public Optional<EventDescription> description() {
        return Optional.ofNullable(description);
    }

    /** The resource the event is about, typed; see {@link #origin()}. */
    public Optional<T> resource() {
        return Optional.ofNullable(resource);
    }

    /** Where {@link #resource()} came from. */
    public Origin origin() {
        return origin;
    }

    /** Whether the server embedded the resource in the event. */
    public boolean embedded() {
        return origin == Origin.EMBEDDED;
    }

    /** Whether the channel read the resource through the event's link. */
    public boolean fetched() {
        return origin == Origin.FETCHED;
    }

    /** Why the resource could not be read through the link (it may be gone already), if it could not. */
    public Optional<UcwaClientException> fetchFailure() {
        return Optional.ofNullable(fetchFailure);
    }

    @Override
    public String toString() {
        return "DeliveredEvent{" + event.type() + " " + event.link().rel() + " " + event.link().href() + " from "
                + sender.rel() + ", " + origin + "}";
    }
}
