package io.github.ucwakit.runtime.events;

import io.github.ucwakit.runtime.UcwaEnum;
import java.util.List;
import java.util.Objects;

/**
 * The type of an event: {@code added}, {@code updated} or {@code deleted} for resources; {@code started},
 * {@code updated} or {@code completed} for operations. A type the API adds later is kept as an unknown value
 * ({@link #isKnown()} false); values are equal when their wire strings are.
 */
public final class EventType implements UcwaEnum {

    public static final EventType ADDED = new EventType("added", true);
    public static final EventType UPDATED = new EventType("updated", true);
    public static final EventType DELETED = new EventType("deleted", true);
    public static final EventType STARTED = new EventType("started", true);
    public static final EventType COMPLETED = new EventType("completed", true);

    private final String value;
    private final boolean known;

    private EventType(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    /** The type of a wire string: a constant for a known type, otherwise a new unknown value. */
    public static EventType of(String value) {
        return switch (Objects.requireNonNull(value, "value")) {
            case "added" -> ADDED;
            case "updated" -> UPDATED;
            case "deleted" -> DELETED;
            case "started" -> STARTED;
            case "completed" -> COMPLETED;
            default -> new EventType(value, false);
        };
    }

    /** The known types. */
    public static List<EventType> values() {
        return List.of(ADDED, UPDATED, DELETED, STARTED, COMPLETED);
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public boolean isKnown() {
        return known;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventType other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
