package io.github.ucwakit.benchmarks.events;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time from each event's production on the server to the moment its listener is called, per event: the
 * producing thread stamps the event's sequence number just before the server queues it ({@link #produced}), the
 * listener, on the channel's dispatcher thread, takes the difference ({@link #delivered}). Samples are kept up to a
 * capacity; {@link #clear()} forgets them (after a warm-up). {@link #delivered} is called from one thread only.
 */
final class LatencyProbe {

    private final Map<Long, Long> producedAt = new ConcurrentHashMap<>();
    private final long[] samples;
    private volatile int count;

    LatencyProbe(int capacity) {
        this.samples = new long[capacity];
    }

    /** The event numbered {@code sequence} is produced now. */
    void produced(long sequence) {
        producedAt.put(sequence, System.nanoTime());
    }

    /** The listener of the event numbered {@code sequence} is called now. */
    void delivered(long sequence) {
        long now = System.nanoTime();
        Long at = producedAt.remove(sequence);
        if (at == null) {
            throw new IllegalStateException("event " + sequence + " delivered but never produced, or twice");
        }
        int n = count;
        if (n < samples.length) {
            samples[n] = now - at;
            count = n + 1;
        }
    }

    /** The latencies recorded, in nanoseconds, sorted. */
    long[] sortedNanos() {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Events produced and not delivered yet. */
    int inFlight() {
        return producedAt.size();
    }

    /** Forgets the samples recorded. */
    void clear() {
        count = 0;
    }

    /** The {@code p}-th quantile (0 to 1) of sorted samples, nearest rank. */
    static long quantile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
}
