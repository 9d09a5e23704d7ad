package io.github.ucwakit.runtime.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every reader takes time in proportion to its input, whatever the input: for each {@link HostilePayloads class}
 * of payload that once made a reader quadratic, a 2 MB payload is read in under 2 seconds of the reading thread's
 * CPU time (the quadratic readers took 10 to 20 seconds for 1.5 MB). A generous bound against a quadratic blow-up,
 * not a measurement: the {@code HostileInputBenchmark} of the benchmarks module measures the slopes.
 */
class LinearTimeTest {

    private static final int SIZE = 2 * 1024 * 1024;
    private static final long BOUND_NANOS = 2_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static int run;

    @AfterAll
    static void report() {
        System.out.printf(Locale.ROOT, "linear-time cases: %d (2 MB each, bound 2 s)%n", run);
    }

    @ParameterizedTest
    @EnumSource(HostilePayloads.class)
    void readsTwoMegabytesInUnderTwoSeconds(HostilePayloads hostile) {
        byte[] small = hostile.ofSize(SIZE / 16);
        for (int i = 0; i < 3; i++) {
            hostile.read(small);
        }
        byte[] payload = hostile.ofSize(SIZE);
        assertThat(payload.length).isGreaterThan(SIZE - 1000);

        long before = THREADS.getCurrentThreadCpuTime();
        Object read = hostile.read(payload);
        long took = THREADS.getCurrentThreadCpuTime() - before;

        assertThat(read).isNotNull();
        System.out.printf(Locale.ROOT, "linear time: %s, %,d bytes read in %,d ms of CPU%n", hostile,
                payload.length, took / 1_000_000);
        assertThat(took).as("CPU time reading %s", hostile).isLessThan(BOUND_NANOS);
        run++;
    }
}
