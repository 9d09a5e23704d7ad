package io.github.ucwakit.runtime.events;

import java.util.Objects;
import java.util.Optional;

/**
 * An event the reference documents for a resource: its type, priority and sender. Generated per resource, in a
 * class of constants such as {@code ConversationEvents.ADDED}. Immutable.
 */
public final class EventDescription {

    private final String resource;
    private final EventType type;
    private final EventPriority priority;
    private final String sender;
    private final String description;

    private EventDescription(String resource, EventType type, EventPriority priority, String sender,
            String description) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.type = Objects.requireNonNull(type, "type");
        this.priority = priority;
        this.sender = sender;
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * An event description.
     *
     * @param resource the rel of the resource the event is about
     * @param priority {@code null} when the reference states none
     * @param sender the rel of the resource that sends the event; {@code null} when the reference states none
     */
    public static EventDescription of(String resource, EventType type, EventPriority priority, String sender,
            String description) {
        return new EventDescription(resource, type, priority, sender, description);
    }

    /** The rel of the resource the event is about. */
    public String resource() {
        return resource;
    }

    public EventType type() {
        return type;
    }

    public Optional<EventPriority> priority() {
        return Optional.ofNullable(priority);
    }

    /** The rel of the resource that sends the event. */
    public Optional<String> sender() {
        return Optional.ofNullable(sender);
    }

    public String description() {
        return description;
    }

    /**
     * Whether an event of a sender is this one: same type, about this resource (the event's link has the
     * resource's rel, or its embedded resource is of it), and sent by the described sender, if any.
     */
    public boolean matches(EventSender from, Event event) {
        boolean about = event.link().rel().equals(resource)
                || event.resource().filter(r -> resource.equals(r.rel())).isPresent();
        return about && type.equals(event.type()) && (sender == null || sender.equals(from.rel()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventDescription other
                && resource.equals(other.resource)
                && type.equals(other.type)
                && Objects.equals(priority, other.priority)
                && Objects.equals(sender, other.sender)
                && description.equals(other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resource, type, priority, sender, description);
    }

    @Override
    public String toString() {
        return resource + " " + type + (priority == null ? "" : " (" + priority + ")")
                + (sender == null ? "" : " from " + sender);
    }
}
