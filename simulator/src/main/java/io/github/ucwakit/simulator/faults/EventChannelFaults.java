package io.github.ucwakit.simulator.faults;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The event channel's own switches, for testing what a client's event loop does when the server misbehaves or
 * answers in one of its rarer ways. Each is used up by the next answers of the channel that carry events (an empty
 * timeout answer does not use one up); when several are on, one answer takes the first of resync, empty answer,
 * resume, and may also be cut:
 * <ul>
 *   <li>{@link #resync(int)}: the answer holds no events and only a {@code resync} link that acknowledges nothing
 *       more, so following it gives the same events again;</li>
 *   <li>{@link #emptyAnswers(int)}: the answer is the release timeout's, at once: no events and only a {@code next}
 *       link that acknowledges nothing more, so following it gives the same events;</li>
 *   <li>{@link #resume(int)}: the answer holds its events with a {@code resume} link instead of {@code next}
 *       (acknowledging them the same way), as after a long inactivity; the channel forgets the query parameters it
 *       remembered ({@code timeout}, {@code low}, {@code medium}, {@code priority}), which a client should send
 *       again. The application's conversations are kept;</li>
 *   <li>{@link #cutResponses(int)}: the answer's headers and the first half of its body are written, then the
 *       connection is closed, as a network failure in the middle of a response.</li>
 * </ul>
 * Thread-safe; {@link #reset()} turns them off.
 */
public final class EventChannelFaults {

    private final AtomicInteger resyncs = new AtomicInteger();
    private final AtomicInteger emptyAnswers = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final AtomicInteger cuts = new AtomicInteger();

    /** The next {@code count} answers with events are a {@code resync} instead. */
    public EventChannelFaults resync(int count) {
        resyncs.set(Faults.requireCount(count));
        return this;
    }

    /** The next {@code count} answers with events are the empty timeout answer instead (only {@code next}). */
    public EventChannelFaults emptyAnswers(int count) {
        emptyAnswers.set(Faults.requireCount(count));
        return this;
    }

    /** The next {@code count} answers with events carry a {@code resume} link instead of {@code next}. */
    public EventChannelFaults resume(int count) {
        resumes.set(Faults.requireCount(count));
        return this;
    }

    /** The next {@code count} answers with events are cut in the middle of their body. */
    public EventChannelFaults cutResponses(int count) {
        cuts.set(Faults.requireCount(count));
        return this;
    }

    /** Turns every switch off. */
    public EventChannelFaults reset() {
        resyncs.set(0);
        emptyAnswers.set(0);
        resumes.set(0);
        cuts.set(0);
        return this;
    }

    /** How many {@code resync} answers are still to come (0 once the switch is used up). */
    public int resyncsPending() {
        return resyncs.get();
    }

    /** How many empty answers are still to come (0 once the switch is used up). */
    public int emptyAnswersPending() {
        return emptyAnswers.get();
    }

    /** How many {@code resume} answers are still to come (0 once the switch is used up). */
    public int resumesPending() {
        return resumes.get();
    }

    /** How many cut answers are still to come (0 once the switch is used up). */
    public int cutsPending() {
        return cuts.get();
    }

    /** Every answer still to come from these switches; 0 once all are used up. */
    public int pending() {
        return resyncs.get() + emptyAnswers.get() + resumes.get() + cuts.get();
    }

    /** Uses up one {@code resync} when one is pending. */
    public boolean takeResync() {
        return Faults.take(resyncs);
    }

    /** Uses up one empty answer when one is pending. */
    public boolean takeEmptyAnswer() {
        return Faults.take(emptyAnswers);
    }

    /** Uses up one {@code resume} when one is pending. */
    public boolean takeResume() {
        return Faults.take(resumes);
    }

    /** Uses up one cut response when one is pending. */
    public boolean takeCut() {
        return Faults.take(cuts);
    }
}
