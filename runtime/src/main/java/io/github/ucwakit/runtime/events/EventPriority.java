package io.github.ucwakit.runtime.events;

import io.github.ucwakit.runtime.UcwaEnum;
import java.util.List;
import java.util.Objects;

/**
 * How soon the event channel releases an event: the reference states {@code High}, {@code Medium} or {@code Low}
 * for each event. Another value is kept as an unknown one ({@link #isKnown()} false).
 */
public final class EventPriority implements UcwaEnum {

    public static final EventPriority HIGH = new EventPriority("High", true);
    public static final EventPriority MEDIUM = new EventPriority("Medium", true);
    public static final EventPriority LOW = new EventPriority("Low", true);

    private final String value;
    private final boolean known;

    private EventPriority(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    /** The priority of a reference string: a constant for a known one, otherwise a new unknown value. */
    public static EventPriority of(String value) {
        return switch (Objects.requireNonNull(value, "value")) {
            case "High" -> HIGH;
            case "Medium" -> MEDIUM;
            case "Low" -> LOW;
            default -> new EventPriority(value, false);
        };
    }

    /** The known priorities, highest first. */
    public static List<EventPriority> values() {
        return List.of(HIGH, MEDIUM, LOW);
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
        return o instanceof EventPriority other && value.equals(other.value);
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
