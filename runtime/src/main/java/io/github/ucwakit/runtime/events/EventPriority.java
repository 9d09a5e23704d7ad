package io.github.ucwakit.runtime.events;

import io.github.ucwakit.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;

/**
 * How soon the event channel releases an event: the reference states {@code High}, {@code Medium} or {@code Low}
 * for each event. Another value is kept as an unknown one ({@link #isKnown()} false, {@link #known()}
 * {@link Known#UNLISTED}); values are equal when their wire strings are.
 */
@NullMarked
public final class EventPriority extends OpenEnum<EventPriority.Known> {

    /** The known priorities, for a {@code switch} over {@link #known()}; {@link #UNLISTED} for any other. */
    public enum Known {
        HIGH,
        MEDIUM,
        LOW,
        /** A priority this version does not list. */
        UNLISTED
    }

    public static final EventPriority HIGH = new EventPriority("High", Known.HIGH);
    public static final EventPriority MEDIUM = new EventPriority("Medium", Known.MEDIUM);
    public static final EventPriority LOW = new EventPriority("Low", Known.LOW);

    private EventPriority(String value, Known known) {
        super(value, known, known != Known.UNLISTED);
    }

    /** The priority of a reference string: a constant for a known one, otherwise a new unknown value. */
    public static EventPriority of(String value) {
        return switch (Objects.requireNonNull(value, "value")) {
            case "High" -> HIGH;
            case "Medium" -> MEDIUM;
            case "Low" -> LOW;
            default -> new EventPriority(value, Known.UNLISTED);
        };
    }

    /** The known priorities, highest first. */
    public static List<EventPriority> values() {
        return List.of(HIGH, MEDIUM, LOW);
    }
}
