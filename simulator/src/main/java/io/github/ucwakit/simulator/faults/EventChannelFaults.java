package io.github.ucwakit.simulator.faults;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The event channel's own switches, for testing what a client's event loop does when the server misbehaves. Each is
 * used up by the next answers of the channel that carry events (an empty timeout answer does not use one up):
 * <ul>
 *   <li>{@link #resync(int)}: the answer holds no events and only a {@code resync} link that acknowledges nothing
 *       more, so following it gives the same events again;</li>
 *   <li>{@link #cutResponses(int)}: the answer's headers and the first half of its body are written, then the
 *       connection is closed, as a network failure in the middle of a response.</li>
 * </ul>
 * Thread-safe; {@link #reset()} turns them off.
 */
public final class EventChannelFaults {

    private final AtomicInteger resyncs = new AtomicInteger();
    private final AtomicInteger cuts = new AtomicInteger();

    /** The next {@code count} answers with events are a {@code resync} instead. */
    public EventChannelFaults resync(int count) {
        resyncs.set(Faults.requireCount(count));
        return this;
    }

    /** The next {@code count} answers with events are cut in the middle of their body. */
    public EventChannelFaults cutResponses(int count) {
        cuts.set(Faults.requireCount(count));
        return this;
    }

    /** Turns both switches off. */
    public EventChannelFaults reset() {
        resyncs.set(0);
        cuts.set(0);
        return this;
    }

    /** How many {@code resync} answers are still to come (0 once the switch is used up). */
    public int resyncsPending() {
        return resyncs.get();
    }

    /** How many cut answers are still to come (0 once the switch is used up). */
    public int cutsPending() {
        return cuts.get();
    }

    /** Uses up one {@code resync} when one is pending. */
    public boolean takeResync() {
        return Faults.take(resyncs);
    }

    /** Uses up one cut response when one is pending. */
    public boolean takeCut() {
        return Faults.take(cuts);
    }
}
