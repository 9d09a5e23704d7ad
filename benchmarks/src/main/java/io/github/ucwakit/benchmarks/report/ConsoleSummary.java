package io.github.ucwakit.benchmarks.report;

import java.util.Set;

/**
 * What a run prints when it ends: the report's ratio table against the baselines and its generator table, without
 * the table of every benchmark, which stays in the report file.
 */
public final class ConsoleSummary {

    private static final Set<String> SHOWN = Set.of("## ucwakit against the baselines", "## Generator, whole API");

    private ConsoleSummary() {}

    /** The sections of a Markdown report that are printed, each from its heading to the next heading. */
    public static String of(String report) {
        StringBuilder summary = new StringBuilder();
        boolean shown = false;
        for (String line : report.split("\n", -1)) {
            if (line.startsWith("## ")) {
                shown = SHOWN.contains(line.strip());
            }
            if (shown) {
                summary.append(line).append('\n');
            }
        }
        return summary.toString();
    }
}
