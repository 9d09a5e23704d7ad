package io.github.ucwakit.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a JMH run wrote with {@code -rf json}: the settings and JVM of the run, and one result per benchmark.
 *
 * @param jdkVersion the forked JVM's {@code java.version}
 * @param vm the forked JVM's name and version
 * @param settings forks, warmup and measurement, as a sentence
 * @param results the benchmarks in the file's order
 */
public record JmhRun(String jdkVersion, String vm, String settings, List<JmhResult> results) {

    public JmhRun {
        results = List.copyOf(results);
    }

    /**
     * One benchmark's outcome.
     *
     * @param benchmark the benchmark's full name, {@code package.Class.method}
     * @param score the primary metric (ops/s for throughput)
     * @param error the 99.9% half-width of the score, {@code NaN} when JMH could not tell
     * @param unit the score's unit
     * @param allocatedBytesPerOp {@code gc.alloc.rate.norm} from {@code -prof gc}, {@code NaN} without it
     * @param cpuNanosPerOp {@code cpu.time.norm} from the {@code CpuTimeProfiler}, {@code NaN} without it
     */
    public record JmhResult(String benchmark, double score, double error, String unit, double allocatedBytesPerOp,
            double cpuNanosPerOp) {}

    public static JmhRun read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (!root.isArray() || root.isEmpty()) {
            throw new IOException(file + " holds no JMH results");
        }
        List<JmhResult> results = new ArrayList<>();
        for (JsonNode node : root) {
            JsonNode primary = node.path("primaryMetric");
            JsonNode secondary = node.path("secondaryMetrics");
            results.add(new JmhResult(
                    node.path("benchmark").asText(),
                    primary.path("score").asDouble(),
                    number(primary.path("scoreError")),
                    primary.path("scoreUnit").asText(),
                    secondaryScore(secondary, "gc.alloc.rate.norm"),
                    secondaryScore(secondary, "cpu.time.norm")));
        }
        JsonNode first = root.get(0);
        String settings = String.format(java.util.Locale.ROOT,
                "%d fork(s), %d warmup iteration(s) of %s, %d measurement iteration(s) of %s, mode %s",
                first.path("forks").asInt(),
                first.path("warmupIterations").asInt(), first.path("warmupTime").asText(),
                first.path("measurementIterations").asInt(), first.path("measurementTime").asText(),
                first.path("mode").asText());
        return new JmhRun(first.path("jdkVersion").asText(),
                first.path("vmName").asText() + " " + first.path("vmVersion").asText(), settings, results);
    }

    private static double secondaryScore(JsonNode secondary, String metric) {
        JsonNode value = secondary.path(metric);
        return value.isMissingNode() ? Double.NaN : value.path("score").asDouble();
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }
}
