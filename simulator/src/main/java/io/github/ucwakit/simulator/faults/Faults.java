package io.github.ucwakit.simulator.faults;

import io.github.ucwakit.runtime.errors.ErrorEntry;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fault switches of a running simulator: what its next requests suffer. Each counted switch is used up by the
 * requests it hits, one per request, and then the simulator behaves again; {@link #reset()} turns every switch off.
 * Thread-safe: switches may be set from a test while requests are under way.
 *
 * <ul>
 *   <li>{@link #latency(Duration)}: every response waits this long first (until set back to zero);</li>
 *   <li>{@link #unavailable(int, Duration)}: the next N requests, whatever their target, get
 *       {@code 503 Service Unavailable} with {@code Retry-After};</li>
 *   <li>{@link #dropConnections(int)}: the next N requests are read and their connection closed without a
 *       response;</li>
 *   <li>{@link #conflict(int)}: the next N requests on UCWA resources get {@code 409 Conflict}, with the first
 *       409 row of that operation's error table (or {@code Conflict} without a subcode when it has none);</li>
 *   <li>{@link #preconditionFailed(int)}: the next N PUT requests get {@code 412 Precondition Failed}, whatever
 *       their {@code If-Match};</li>
 *   <li>{@link #failWith(ErrorEntry, int)}: the next N requests on UCWA resources get that row of an error table
 *       (its status, code, subcode and description as message), to provoke any error the reference lists;</li>
 *   <li>{@link #expireTokens()}: every token issued so far is expired now; requests carrying one get the
 *       {@code 401} challenge, and a new token works.</li>
 * </ul>
 *
 * The token endpoint and autodiscovery suffer latency, 503 and dropped connections, not 409 or 412.
 */
public final class Faults {

    private final AtomicReference<Duration> latency = new AtomicReference<>(Duration.ZERO);
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicReference<Duration> retryAfter = new AtomicReference<>(Duration.ofSeconds(1));
    private final AtomicInteger drops = new AtomicInteger();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger preconditionFailures = new AtomicInteger();
    private final AtomicLong tokenGeneration = new AtomicLong();
    private final AtomicReference<ErrorEntry> forcedRow = new AtomicReference<>();
    private final AtomicInteger forcedRows = new AtomicInteger();
    private final EventChannelFaults eventChannel = new EventChannelFaults();

    /** Every response waits this long before it is written; {@link Duration#ZERO} for none. */
    public Faults latency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + delay);
        }
        latency.set(delay);
        return this;
    }

    /** The next {@code count} requests get {@code 503} with {@code Retry-After} of {@code retryAfter} in seconds. */
    public Faults unavailable(int count, Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        this.retryAfter.set(retryAfter);
        unavailable.set(requireCount(count));
        return this;
    }

    /** The connections of the next {@code count} requests are closed without a response. */
    public Faults dropConnections(int count) {
        drops.set(requireCount(count));
        return this;
    }

    /** The next {@code count} requests on UCWA resources get {@code 409 Conflict}. */
    public Faults conflict(int count) {
        conflicts.set(requireCount(count));
        return this;
    }

    /** The next {@code count} PUT requests get {@code 412 Precondition Failed}. */
    public Faults preconditionFailed(int count) {
        preconditionFailures.set(requireCount(count));
        return this;
    }

    /** The next {@code count} requests on UCWA resources get this error row. */
    public Faults failWith(ErrorEntry row, int count) {
        forcedRow.set(Objects.requireNonNull(row, "row"));
        forcedRows.set(requireCount(count));
        return this;
    }

    /** Expires every token issued until now. */
    public Faults expireTokens() {
        tokenGeneration.incrementAndGet();
        return this;
    }

    /** Turns every switch off (tokens expired stay expired). */
    public Faults reset() {
        latency.set(Duration.ZERO);
        unavailable.set(0);
        drops.set(0);
        conflicts.set(0);
        preconditionFailures.set(0);
        forcedRows.set(0);
        eventChannel.reset();
        return this;
    }

    /** The event channel's switches: {@code resync}, empty answers, {@code resume}, answers cut in the middle. */
    public EventChannelFaults eventChannel() {
        return eventChannel;
    }

    /** The latency every response waits. */
    public Duration latency() {
        return latency.get();
    }

    /** Uses up one 503 when one is pending: its {@code Retry-After}. */
    public Optional<Duration> takeUnavailable() {
        return take(unavailable) ? Optional.of(retryAfter.get()) : Optional.empty();
    }

    /** Uses up one dropped connection when one is pending. */
    public boolean takeDrop() {
        return take(drops);
    }

    /** Uses up one 409 when one is pending. */
    public boolean takeConflict() {
        return take(conflicts);
    }

    /** Uses up one 412 when one is pending. */
    public boolean takePreconditionFailure() {
        return take(preconditionFailures);
    }

    /** Uses up one forced error row when one is pending. */
    public Optional<ErrorEntry> takeForcedRow() {
        return take(forcedRows) ? Optional.ofNullable(forcedRow.get()) : Optional.empty();
    }

    /** The generation of tokens now valid: a token issued in an earlier one is expired. */
    public long tokenGeneration() {
        return tokenGeneration.get();
    }

    static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    static int requireCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return count;
    }
}
