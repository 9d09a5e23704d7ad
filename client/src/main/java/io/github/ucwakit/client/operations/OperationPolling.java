package io.github.ucwakit.client.operations;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an operation resource is followed to its end: which values of its {@code state} mean "still running", how
 * often to read it again, and for how long at most. The default treats {@code Connecting}, {@code Alerting},
 * {@code TeamRing}, {@code Started} and {@code InProgress} as running (the values of an invitation that are not
 * final), reads again after 100 ms, doubling up to 2 s, and gives up after 60 s. Immutable.
 *
 * @param runningStates the states (compared without regard to case) in which the operation is still running
 * @param firstDelay the wait before the first new read
 * @param maxDelay the longest wait between reads
 * @param timeout how long to follow the operation before giving up
 */
public record OperationPolling(Set<String> runningStates, Duration firstDelay, Duration maxDelay, Duration timeout) {

    public OperationPolling {
        runningStates = runningStates.stream().map(state -> state.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(timeout, "timeout");
    }

    public static OperationPolling defaults() {
        return new OperationPolling(Set.of("Connecting", "Alerting", "TeamRing", "Started", "InProgress"),
                Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(60));
    }

    /** Whether an operation in this state (empty: the resource has none) is still running. */
    public boolean running(String state) {
        return state != null && runningStates.contains(state.toLowerCase(Locale.ROOT));
    }

    /** The wait before read number {@code read} (1 for the first new read). */
    public Duration delay(int read) {
        long millis = firstDelay.toMillis() << Math.min(20, Math.max(0, read - 1));
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }
}
