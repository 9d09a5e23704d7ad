package io.github.ucwakit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof io.github.ucwakit.benchmarks.CpuTimeProfiler}) that reports {@code cpu.time.norm}:
 * the CPU time the benchmark JVM's Java threads spent per operation. Unlike throughput it hardly changes when other
 * processes compete for the cores, so ratios of it stay meaningful on a busy machine. It leaves out the garbage
 * collector's and the compiler's threads, which the JVM does not expose.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long atStart;

    @Override
    public String getDescription() {
        return "CPU time of the Java threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        atStart = cpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long spent = cpuTime() - atStart;
        long operations = result.getMetadata().getAllOps();
        if (operations == 0) {
            return List.of();
        }
        return List.of(new ScalarResult("cpu.time.norm", (double) spent / operations, "ns/op",
                AggregationPolicy.AVG));
    }

    private long cpuTime() {
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long time = threads.getThreadCpuTime(id);
            if (time > 0) {
                total += time;
            }
        }
        return total;
    }
}
