package io.github.ucwakit.runtime.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every reader takes time in proportion to its input, whatever the input: for each {@link HostilePayloads class} of
 * payload that once made a reader quadratic, a 2 MB payload is read in under 2 seconds of the reading thread's CPU
 * time (the quadratic readers took 10 to 20 seconds for 1.5 MB; the maps that kept unknown members by the JDK's hash
 * code, 0.3 to 0.9 s for 2 MB and growing faster than the input; Jackson's symbol table, 10 to 16 times as long for
 * 2 MB as for 512 KiB), and reading four times the bytes takes less than
 * {@value #MAX_GROWTH} times the time: a linear reader takes 4 times as long, a quadratic one 16 times. Each time is
 * the least of a few reads, to leave out what other work on the machine adds; the sizes, times and growth are
 * printed. Generous bounds against a blow-up, not a measurement: the {@code HostileInputBenchmark} of the benchmarks
 * module measures the slopes.
 */
class LinearTimeTest {

    private static final int SIZE = 2 * 1024 * 1024;
    private static final int QUARTER = SIZE / 4;
    private static final long BOUND_NANOS = 2_000_000_000L;
    /**
     * Below quadratic growth (16 for four times the input) with room for noise above linear (4): a larger heap costs
     * more cache misses and collections, and other work on a loaded machine more still.
     */
    static final double MAX_GROWTH = 10.0;
    /** Times below this are too short to compare: the growth is measured against it instead. */
    private static final long SHORTEST_NANOS = 5_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static int run;

    @AfterAll
    static void report() {
        System.out.printf(Locale.ROOT, "linear-time cases: %d (2 MB each, bound 2 s; growth from 512 KiB to 2 MiB"
                + " under %.0fx)%n", run, MAX_GROWTH);
    }

    @ParameterizedTest
    @EnumSource(HostilePayloads.class)
    void readsTwoMegabytesInUnderTwoSecondsAndGrowsLinearly(HostilePayloads hostile) {
        byte[] small = hostile.ofSize(SIZE / 16);
        for (int i = 0; i < 3; i++) {
            hostile.read(small);
        }
        byte[] quarter = hostile.ofSize(QUARTER);
        byte[] payload = hostile.ofSize(SIZE);
        assertThat(payload.length).isGreaterThan(SIZE - 1000);
        assertThat(quarter.length).isGreaterThan(QUARTER - 1000);

        long quarterTook = leastOf(3, hostile, quarter);
        long took = leastOf(3, hostile, payload);

        double growth = (double) took / Math.max(quarterTook, SHORTEST_NANOS);
        System.out.printf(Locale.ROOT, "linear time: %s, %,d bytes in %,d ms, %,d bytes in %,d ms of CPU: %.1fx%n",
                hostile, quarter.length, quarterTook / 1_000_000, payload.length, took / 1_000_000, growth);
        assertThat(took).as("CPU time reading %s", hostile).isLessThan(BOUND_NANOS);
        assertThat(growth).as("growth of the CPU time reading %s, 512 KiB to 2 MiB", hostile)
                .isLessThan(MAX_GROWTH);
        run++;
    }

    /** The least CPU time of the reading thread over {@code reads} reads of the payload. */
    private static long leastOf(int reads, HostilePayloads hostile, byte[] payload) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < reads; i++) {
            long before = THREADS.getCurrentThreadCpuTime();
            Object read = hostile.read(payload);
            least = Math.min(least, THREADS.getCurrentThreadCpuTime() - before);
            assertThat(read).isNotNull();
        }
        return least;
    }
}
