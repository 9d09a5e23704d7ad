package io.github.ucwakit.client.events;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The wait before the poller reconnects after a failure: exponential in the number of failures in a row, with jitter
 * (a random time between half and all of {@code base * 2^(n-1)}, capped), so that many clients cut off at once do not
 * come back at once. {@link #reset()} after a success. Used by one thread.
 */
final class Backoff {

    private final long baseMillis;
    private final long maxMillis;
    private final DoubleSupplier random;
    private int failures;

    Backoff(Duration base, Duration max, DoubleSupplier random) {
        this.baseMillis = base.toMillis();
        this.maxMillis = max.toMillis();
        this.random = random;
    }

    /** Counts one more failure and returns how long to wait before the next attempt. */
    Duration next() {
        failures++;
        long exponential = failures >= 31 ? Long.MAX_VALUE : baseMillis << (failures - 1);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, maxMillis);
        long jittered = capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2));
        return Duration.ofMillis(jittered);
    }

    /** How many failures in a row there have been since the last success. */
    int failures() {
        return failures;
    }

    /** After a success: the next failure waits the base delay again. */
    void reset() {
        failures = 0;
    }
}
