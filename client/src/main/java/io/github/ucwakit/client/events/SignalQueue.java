package io.github.ucwakit.client.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded queue between the poller and the dispatcher, counted in events. Policy when full: {@link #put} blocks
 * the poller, so it sends no pending GET (and acknowledges nothing more) until the dispatcher has taken events; the
 * server keeps what it has not been able to send, so a slow listener costs latency, never events. A batch is let in
 * while fewer than the capacity of events wait (so one batch larger than the capacity still gets through, alone);
 * signals without events always get in. Thread-safe.
 */
final class SignalQueue {

    private final int capacity;
    private final Deque<ChannelSignal> signals = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private int events;
    private boolean closed;

    SignalQueue(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Adds a signal, waiting while the queue is full.
     *
     * @return false when the queue was closed before the signal got in
     */
    boolean put(ChannelSignal signal) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (!closed && signal.weight() > 0 && events > 0 && events + signal.weight() > capacity) {
                notFull.await();
            }
            if (closed) {
                return false;
            }
            signals.addLast(signal);
            events += signal.weight();
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The next signal, waiting for one; {@code null} once the queue is closed and empty. */
    ChannelSignal take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (signals.isEmpty() && !closed) {
                notEmpty.await();
            }
            ChannelSignal signal = signals.pollFirst();
            if (signal != null) {
                events -= signal.weight();
                notFull.signalAll();
            }
            return signal;
        } finally {
            lock.unlock();
        }
    }

    /** Takes no more signals; those in the queue can still be taken. Wakes every waiting thread. */
    void close() {
        lock.lock();
        try {
            closed = true;
            notFull.signalAll();
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many events wait. */
    int events() {
        lock.lock();
        try {
            return events;
        } finally {
            lock.unlock();
        }
    }
}
