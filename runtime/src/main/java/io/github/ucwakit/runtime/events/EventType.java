package io.github.ucwakit.runtime.events;

import io.github.ucwakit.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;

/**
 * The type of an event: {@code added}, {@code updated} or {@code deleted} for resources; {@code started},
 * {@code updated} or {@code completed} for operations. A type the API adds later is kept as an unknown value
 * ({@link #isKnown()} false, {@link #known()} {@link Known#UNLISTED}); values are equal when their wire strings
 * are.
 */
@NullMarked
public final class EventType extends OpenEnum<EventType.Known> {

    /** The known types, for a {@code switch} over {@link #known()}; {@link #UNLISTED} for any other. */
    public enum Known {
        ADDED,
        UPDATED,
        DELETED,
        STARTED,
        COMPLETED,
        /** A type this version does not list. */
        UNLISTED
    }

    public static final EventType ADDED = new EventType("added", Known.ADDED);
    public static final EventType UPDATED = new EventType("updated", Known.UPDATED);
    public static final EventType DELETED = new EventType("deleted", Known.DELETED);
    public static final EventType STARTED = new EventType("started", Known.STARTED);
    public static final EventType COMPLETED = new EventType("completed", Known.COMPLETED);

    private EventType(String value, Known known) {
        super(value, known, known != Known.UNLISTED);
    }

    /** The type of a wire string: a constant for a known type, otherwise a new unknown value. */
    public static EventType of(String value) {
        return switch (Objects.requireNonNull(value, "value")) {
            case "added" -> ADDED;
            case "updated" -> UPDATED;
            case "deleted" -> DELETED;
            case "started" -> STARTED;
            case "completed" -> COMPLETED;
            default -> new EventType(value, Known.UNLISTED);
        };
    }

    /** The known types. */
    public static List<EventType> values() {
        return List.of(ADDED, UPDATED, DELETED, STARTED, COMPLETED);
    }
}
