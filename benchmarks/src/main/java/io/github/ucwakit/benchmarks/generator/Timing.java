package io.github.ucwakit.benchmarks.generator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;

/**
 * The repeated timings of one measured command: wall-clock seconds and CPU seconds (user + system, of the process
 * and its threads; {@code NaN} when the machine has no {@code /usr/bin/time}).
 *
 * @param wall the wall-clock seconds of each run, in run order
 * @param cpu the CPU seconds of each run, in run order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Timing(List<Double> wall, List<Double> cpu) {

    /** A measurement that was not made. */
    public static final Timing NONE = new Timing(List.of(), List.of());

    public Timing {
        wall = List.copyOf(wall);
        cpu = List.copyOf(cpu);
    }

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public double medianWall() {
        return median(wall);
    }

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public double minWall() {
        return wall.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public double maxWall() {
        return wall.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public double medianCpu() {
        return median(cpu);
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0 || Arrays.stream(sorted).anyMatch(Double::isNaN)) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
