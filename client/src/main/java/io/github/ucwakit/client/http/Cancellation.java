package io.github.ucwakit.client.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The cancellation of one call, shared by every attempt it makes: cancelling it cancels the exchange in flight and
 * stops retries and re-authentication from sending anything more. A call made by a blocking method also knows its
 * caller's thread ({@link #blocking}): on that thread the transports send and wait in place, without handing the
 * exchange to other threads and back (interrupting the caller cancels it). Thread-safe.
 */
public final class Cancellation {

    /** What is in flight; made when the first exchange is tracked (a blocking call sent in place tracks none). */
    private @Nullable List<Future<?>> inFlight;
    private final Thread caller;
    private boolean cancelled;

    /** The cancellation of an asynchronous call. */
    public Cancellation() {
        this(null);
    }

    private Cancellation(Thread caller) {
        this.caller = caller;
    }

    /** The cancellation of a call its caller waits for on {@code caller}. */
    public static Cancellation blocking(Thread caller) {
        return new Cancellation(java.util.Objects.requireNonNull(caller, "caller"));
    }

    /** Whether the call is a blocking one and this is its caller's thread, where it may send and wait in place. */
    public boolean onBlockingCaller() {
        return caller != null && Thread.currentThread() == caller;
    }

    /** Cancels the call: what is in flight is cancelled, nothing more is sent. Idempotent. */
    public void cancel() {
        List<Future<?>> toCancel;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toCancel = inFlight == null ? List.of() : new ArrayList<>(inFlight);
            inFlight = null;
        }
        toCancel.forEach(future -> future.cancel(true));
    }

    public synchronized boolean cancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} when the call was cancelled; checked before each attempt. */
    public void throwIfCancelled() {
        if (cancelled()) {
            throw new CancellationException("the call was cancelled");
        }
    }

    /**
     * Tracks an exchange in flight until it completes; cancels it at once when the call is already cancelled.
     */
    public <F extends Future<?>> F track(F future) {
        boolean cancelNow;
        synchronized (this) {
            cancelNow = cancelled;
            if (!cancelNow) {
                if (inFlight == null) {
                    inFlight = new ArrayList<>();
                }
                inFlight.add(future);
            }
        }
        if (cancelNow) {
            future.cancel(true);
        } else if (future instanceof java.util.concurrent.CompletableFuture<?> completable) {
            completable.whenComplete((result, failure) -> untrack(future));
        }
        return future;
    }

    private synchronized void untrack(Future<?> future) {
        if (inFlight != null) {
            inFlight.remove(future);
        }
    }
}
