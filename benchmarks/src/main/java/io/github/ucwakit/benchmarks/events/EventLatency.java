package io.github.ucwakit.benchmarks.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The latency of each event from its production on the server to the call of its listener, over loopback, with
 * {@code n} conversations producing at once: each round waits until the channel is idle (everything delivered, the
 * next pending GET held by the server), then every conversation produces one event at the same moment, and each
 * event's latency is taken from a timestamp before the server queues it to one on entry of its conversation's
 * listener ({@link LatencyProbe}). Rounds of warm-up come first and are not counted. Prints the percentiles per
 * conversation count. Not JMH, whose sample mode times the benchmark method and so would end with the waiting
 * thread's wake-up, and with the last of the events produced together; {@link EventLoopBenchmark#latency} is that
 * measurement for one event at a time.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.ucwakit.benchmarks.events.EventLatency 1 100</pre>
 */
public final class EventLatency {

    /** Events counted per conversation count unless {@code -Devents=N}. */
    static final int EVENTS = 20_000;
    /** Events of warm-up per conversation count unless {@code -Dwarmup=N}. */
    static final int WARMUP = 10_000;

    /**
     * The latencies of one run, in nanoseconds, sorted.
     *
     * @param conversations how many conversations produced at once in each round
     * @param nanos every event's latency, sorted
     */
    record Result(int conversations, long[] nanos) {

        long quantile(double p) {
            return LatencyProbe.quantile(nanos, p);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "event loop latency, %d conversation%s producing at once: %d events,"
                    + " p50 %s, p90 %s, p99 %s, p99.9 %s, max %s", conversations, conversations == 1 ? "" : "s",
                    nanos.length, micros(quantile(0.5)), micros(quantile(0.9)), micros(quantile(0.99)),
                    micros(quantile(0.999)), micros(nanos[nanos.length - 1]));
        }

        private static String micros(long nanos) {
            return String.format(Locale.ROOT, "%.1f us", nanos / 1000.0);
        }
    }

    private EventLatency() {}

    public static void main(String[] args) throws Exception {
        List<Integer> counts = new ArrayList<>();
        for (String arg : args) {
            counts.add(Integer.parseInt(arg));
        }
        if (counts.isEmpty()) {
            counts = List.of(1, 100);
        }
        int events = Integer.getInteger("events", EVENTS);
        int warmup = Integer.getInteger("warmup", WARMUP);
        for (int conversations : counts) {
            System.out.println(measure(conversations, warmup, events));
        }
    }

    /**
     * Runs rounds of {@code conversations} events produced at once: about {@code warmupEvents} not counted, then
     * about {@code events} counted (whole rounds, at least one each).
     */
    static Result measure(int conversations, int warmupEvents, int events) throws Exception {
        int rounds = Math.max(1, events / conversations);
        LatencyProbe probe = new LatencyProbe(rounds * conversations);
        try (EventLoopRig rig = EventLoopRig.start(conversations, probe)) {
            rounds(rig, conversations, Math.max(1, warmupEvents / conversations));
            probe.clear();
            rounds(rig, conversations, rounds);
            if (probe.inFlight() != 0) {
                throw new IllegalStateException(probe.inFlight() + " events produced and never delivered");
            }
            return new Result(conversations, probe.sortedNanos());
        }
    }

    private static void rounds(EventLoopRig rig, int conversations, int rounds) throws InterruptedException {
        for (int round = 0; round < rounds; round++) {
            rig.awaitIdle();
            rig.emitAndAwait(conversations, conversations);
        }
    }
}
