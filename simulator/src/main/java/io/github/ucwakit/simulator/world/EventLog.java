package io.github.ucwakit.simulator.world;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.events.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The events of one application, in the order they happened, each numbered from 1. A long poll asks for the events
 * after the last number it acknowledged ({@link #after(long, Duration)}) and waits for one when there is none;
 * what it acknowledged is forgotten, so the log holds only what the application has not confirmed. Thread-safe.
 */
public final class EventLog {

    /**
     * One event as it was logged.
     *
     * @param number its number in the log, from 1
     * @param sender the resource that sent it (rel and href)
     * @param event the event
     */
    public record Entry(long number, Link sender, Event event) {}

    private final List<Entry> entries = new ArrayList<>();
    private long last;
    private boolean closed;

    /** Logs an event sent by {@code sender}; returns its number. */
    public synchronized long append(Link sender, Event event) {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(event, "event");
        last++;
        entries.add(new Entry(last, sender, event));
        notifyAll();
        return last;
    }

    /**
     * The events numbered after {@code ack}, waiting up to {@code wait} for the first; empty when none came (or
     * the log was closed or the thread interrupted). Forgets the events up to {@code ack}.
     */
    public synchronized List<Entry> after(long ack, Duration wait) {
        entries.removeIf(entry -> entry.number() <= ack);
        long deadline = System.nanoTime() + wait.toNanos();
        while (entries.isEmpty() && !closed) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            try {
                wait(Math.max(1, remaining / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.copyOf(entries);
    }

    /** The number of the last event logged (0 before the first). */
    public synchronized long lastNumber() {
        return last;
    }

    /** The events not yet acknowledged, in order. */
    public synchronized List<Entry> pending() {
        return List.copyOf(entries);
    }

    /** Wakes every waiting poll; later polls do not wait. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
