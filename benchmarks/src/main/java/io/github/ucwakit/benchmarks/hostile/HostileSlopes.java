package io.github.ucwakit.benchmarks.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the Markdown table of {@link HostileInputBenchmark}'s results from JMH's JSON result file: throughput at
 * each scale, and the slope of the time per read against the size, log(t16 / t1) / log 16 (1 for a linear reader,
 * 2 for a quadratic one).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.ucwakit.benchmarks.hostile.HostileSlopes result.json</pre>
 */
public final class HostileSlopes {

    private HostileSlopes() {}

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Map<Integer, Double>> scores = new TreeMap<>();
        for (JsonNode result : results) {
            if (!result.path("benchmark").asText().endsWith("HostileInputBenchmark.read")) {
                continue;
            }
            String input = result.path("params").path("input").asText();
            int scale = result.path("params").path("scale").asInt();
            scores.computeIfAbsent(input, key -> new TreeMap<>())
                    .put(scale, result.path("primaryMetric").path("score").asDouble());
        }
        System.out.println("| input class | reads/s at 1x (64 KiB) | at 4x | at 16x (1 MiB) | slope 1x to 4x | slope 1x to 16x |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        scores.forEach((input, byScale) -> {
            double one = byScale.getOrDefault(1, Double.NaN);
            double four = byScale.getOrDefault(4, Double.NaN);
            double sixteen = byScale.getOrDefault(16, Double.NaN);
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.1f | %.2f | %.2f |%n", input, one, four,
                    sixteen, Math.log(one / four) / Math.log(4), Math.log(one / sixteen) / Math.log(16));
        });
    }
}
