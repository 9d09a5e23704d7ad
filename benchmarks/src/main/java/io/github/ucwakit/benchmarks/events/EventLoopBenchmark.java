package io.github.ucwakit.benchmarks.events;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's event loop over loopback, with 1 and with 100 conversations each followed by its own listener:
 * {@link #dispatch} measures events dispatched per second (bursts of 1,000 events round-robin over the
 * conversations, the server aggregating what arrives while a pending GET is out, the listeners receiving each message
 * typed); {@link #latency} the time from the server's event to its listener, one event at a time from the next
 * conversation in turn, produced while the channel waits for it (the pending GET held by the server, everything
 * before delivered: outside the time measured); JMH's sample mode gives the percentiles. The time measured ends when
 * the benchmark thread, woken by the listener, returns, so it includes that wake-up; {@link EventLatency} measures
 * from production to the listener's call exactly, per event, with every conversation producing at once.
 */
@Fork(2)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
public class EventLoopBenchmark {

    private static final int BURST = 1000;

    /** A started loop with its conversations' listeners. */
    @State(Scope.Benchmark)
    public static class Loop {

        @Param({"1", "100"})
        public int conversations;

        EventLoopRig rig;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            rig = EventLoopRig.start(conversations);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            rig.close();
        }
    }

    /** Before each event of {@link #latency}: the channel idle, its next pending GET held by the server. */
    @State(Scope.Thread)
    public static class WaitingChannel {

        @Setup(Level.Invocation)
        public void awaitIdle(Loop loop) throws InterruptedException {
            loop.rig.awaitIdle();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BURST)
    public long dispatch(Loop loop) {
        loop.rig.emitAndAwait(BURST, loop.conversations);
        return loop.rig.received();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long latency(Loop loop, WaitingChannel waiting) {
        loop.rig.emitAndAwait(1, loop.conversations);
        return loop.rig.received();
    }
}
