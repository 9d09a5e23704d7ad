package io.github.ucwakit.benchmarks.report;

import java.util.Map;
import java.util.OptionalDouble;

/** The throughput ratios (ours / baseline) the generated binding must reach, per format, operation and baseline. */
public final class Targets {

    private static final Map<String, Double> MINIMUM = Map.of(
            "JSON read databind", 1.0,
            "JSON read streaming", 0.8,
            "JSON write streaming", 0.9,
            "XML read stax", 0.8,
            "XML write stax", 0.8,
            "XML read jaxb", 1.5,
            "XML write jaxb", 1.5);

    private Targets() {}

    /** The minimum ratio against {@code baseline}, empty when the issue sets none. */
    public static OptionalDouble minimum(Contender baseline) {
        Double minimum = MINIMUM.get(baseline.format() + " " + baseline.operation() + " " + baseline.implementation());
        return minimum == null ? OptionalDouble.empty() : OptionalDouble.of(minimum);
    }
}
