package io.github.ucwakit.benchmarks.report;

import io.github.ucwakit.benchmarks.report.JmhRun.JmhResult;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How tight a run's 99.9% confidence intervals are: each benchmark's half-width as a share of its score, and how
 * many benchmarks stay within the 10% the full run is sized for.
 */
final class IntervalWidth {

    /** The widest half-width, as a share of the score, that counts as a settled measurement. */
    static final double SETTLED = 0.10;

    private IntervalWidth() {}

    /** The half-width of the 99.9% interval over the score, {@code NaN} when JMH gave no interval. */
    static double relative(JmhResult result) {
        return result.error() / result.score();
    }

    /** One sentence: how many intervals are within {@link #SETTLED}, and the widest one. */
    static String summary(Collection<JmhResult> results) {
        List<JmhResult> measured = results.stream().filter(result -> !Double.isNaN(relative(result))).toList();
        if (measured.isEmpty()) {
            return "JMH gave no 99.9% intervals (a single fork with one iteration has none).";
        }
        long settled = measured.stream().filter(result -> relative(result) <= SETTLED).count();
        JmhResult widest = measured.stream().max(Comparator.comparingDouble(IntervalWidth::relative)).orElseThrow();
        return String.format(Locale.ROOT,
                "99.9%% intervals within %.0f%% of the score: %d of %d benchmarks (widest: %s, ± %.1f%%).",
                100 * SETTLED, settled, measured.size(), Contender.of(widest.benchmark()).describe(),
                100 * relative(widest));
    }
}
