package io.github.ucwakit.benchmarks.hostile;

import io.github.ucwakit.runtime.hostile.HostilePayloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the hostile payloads of the runtime's {@code LinearTimeTest} (every class it reads, from the runtime's test
 * jar) at 1x, 4x and 16x a base size of 64 KiB (up to 1 MiB): a reader linear in its input reads 4 and 16 times the
 * bytes in 4 and 16 times the time, so its throughput in operations per second falls by the same factors and the
 * slope, log(time at 16x / time at 1x) / log 16, is 1; a quadratic reader's slope is 2.
 * {@code HostileSlopes} prints the slopes from JMH's JSON results.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class HostileInputBenchmark {

    /** The base size of a payload, in bytes. */
    public static final int BASE_SIZE = 64 * 1024;

    @Param
    public HostilePayloads input;

    @Param({"1", "4", "16"})
    public int scale;

    private byte[] payload;

    @Setup
    public void setUp() {
        payload = input.ofSize(BASE_SIZE * scale);
        input.read(payload);
    }

    @Benchmark
    public Object read() {
        return input.read(payload);
    }
}
