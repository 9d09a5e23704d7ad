package io.github.ucwakit.benchmarks.report;

import io.github.ucwakit.benchmarks.generator.GeneratorMarkdown;
import io.github.ucwakit.benchmarks.report.JmhRun.JmhResult;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Markdown report of a JMH run: the machine and JDK, a table of throughput ratios of the generated binding to
 * each baseline with the targets, and every benchmark's throughput and allocation.
 */
public final class ResultsMarkdown {

    private static final List<String> IMPLEMENTATION_ORDER =
            List.of(Contender.GENERATED, Contender.GENERIC, "databind", "streaming", "tree", "jaxb", "stax");

    private ResultsMarkdown() {}

    /**
     * Renders the report.
     *
     * @param command the command that produced the run, shown as is
     * @param load the load average before the run, or empty
     * @param note a remark on the run (for example about the machine's load), or empty
     */
    public static String render(JmhRun run, Machine machine, String command, String load, String note) {
        Map<Contender, JmhResult> byContender = new LinkedHashMap<>();
        run.results().stream()
                .filter(result -> !GeneratorMarkdown.isGenerator(result.benchmark()))
                .sorted(Comparator.comparing((JmhResult result) -> Contender.of(result.benchmark()), ORDER))
                .forEach(result -> byContender.put(Contender.of(result.benchmark()), result));
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("- Command: `").append(command).append("`\n");
        md.append("- Machine: ").append(machine.describe()).append('\n');
        if (!load.isEmpty()) {
            md.append("- Load average (1, 5, 15 min) before the run: ").append(load).append('\n');
        }
        md.append("- JDK: ").append(run.jdkVersion()).append(", ").append(run.vm()).append('\n');
        md.append("- JMH: ").append(run.settings())
                .append("; allocation from `-prof gc`, CPU time from `CpuTimeProfiler`\n");
        if (!note.isEmpty()) {
            md.append("- Note: ").append(note).append('\n');
        }
        md.append('\n');
        appendRatios(md, byContender);
        appendAll(md, byContender);
        return md.toString();
    }

    private static void appendRatios(StringBuilder md, Map<Contender, JmhResult> byContender) {
        md.append("## ucwakit against the baselines\n\n");
        md.append("Ratio = throughput of ucwakit / throughput of the baseline (higher is better). ucwakit is the "
                + "generated binding through UcwaCodec (for event-channel responses, the typed EventChannelCodec with "
                + "the generated binding of the embedded resource), or a GenericResource where no binding applies. "
                + "The CPU-time ratio (baseline's "
                + "CPU time per operation / ucwakit's) is the same comparison measured in a way that other load on "
                + "the machine hardly disturbs.\n\n");
        md.append("| Payload | Format | Operation | Baseline | ucwakit | ucwakit (ops/s) | Baseline (ops/s) | Ratio "
                + "| Ratio by CPU time | Target | Met (throughput / CPU time) |\n");
        md.append("| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        int targets = 0;
        int metByThroughput = 0;
        int metByCpu = 0;
        for (Map.Entry<Contender, JmhResult> entry : byContender.entrySet()) {
            Contender baseline = entry.getKey();
            if (baseline.isOurs()) {
                continue;
            }
            JmhResult theirs = entry.getValue();
            Optional<JmhResult> ours = Optional.ofNullable(byContender.get(baseline.with(Contender.GENERATED)))
                    .or(() -> Optional.ofNullable(byContender.get(baseline.with(Contender.GENERIC))));
            OptionalDouble target = Targets.minimum(baseline);
            double ratio = ours.map(result -> result.score() / theirs.score()).orElse(Double.NaN);
            double cpuRatio = ours.map(result -> theirs.cpuNanosPerOp() / result.cpuNanosPerOp()).orElse(Double.NaN);
            String verdict = "–";
            if (ours.isPresent() && target.isPresent()) {
                targets++;
                boolean byThroughput = ratio >= target.getAsDouble();
                boolean byCpu = cpuRatio >= target.getAsDouble();
                metByThroughput += byThroughput ? 1 : 0;
                metByCpu += byCpu ? 1 : 0;
                verdict = yesNo(byThroughput) + " / " + (Double.isNaN(cpuRatio) ? "–" : yesNo(byCpu));
            }
            md.append("| ").append(baseline.payload())
                    .append(" | ").append(baseline.format())
                    .append(" | ").append(baseline.operation())
                    .append(" | ").append(baseline.label())
                    .append(" | ").append(ours.map(result -> Contender.of(result.benchmark()).label()).orElse("–"))
                    .append(" | ").append(ours.map(result -> throughput(result.score())).orElse("not measured"))
                    .append(" | ").append(throughput(theirs.score()))
                    .append(" | ").append(ratio(ratio))
                    .append(" | ").append(ratio(cpuRatio))
                    .append(" | ").append(target.isPresent()
                            ? String.format(Locale.ROOT, "≥ %.1fx", target.getAsDouble()) : "–")
                    .append(" | ").append(verdict)
                    .append(" |\n");
        }
        md.append('\n').append("Targets met: ").append(metByThroughput).append(" of ").append(targets)
                .append(" by throughput, ").append(metByCpu).append(" of ").append(targets)
                .append(" by CPU time.\n\n");
        md.append(IntervalWidth.summary(byContender.values())).append("\n\n");
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2fx", value);
    }

    private static String yesNo(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static void appendAll(StringBuilder md, Map<Contender, JmhResult> byContender) {
        md.append("## Every benchmark\n\n");
        md.append("| Payload | Format | Operation | Implementation | Throughput (ops/s) | Error (99.9%) "
                + "| Error / score | CPU time (ns/op) | Allocation (B/op) |\n");
        md.append("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map.Entry<Contender, JmhResult> entry : byContender.entrySet()) {
            Contender contender = entry.getKey();
            JmhResult result = entry.getValue();
            md.append("| ").append(contender.payload())
                    .append(" | ").append(contender.format())
                    .append(" | ").append(contender.operation())
                    .append(" | ").append(contender.label())
                    .append(" | ").append(throughput(result.score()))
                    .append(" | ").append(Double.isNaN(result.error()) ? "–" : "± " + throughput(result.error()))
                    .append(" | ").append(percent(IntervalWidth.relative(result)))
                    .append(" | ").append(whole(result.cpuNanosPerOp()))
                    .append(" | ").append(whole(result.allocatedBytesPerOp()))
                    .append(" |\n");
        }
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }

    private static String whole(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String throughput(double opsPerSecond) {
        return String.format(Locale.ROOT, "%,.0f", opsPerSecond);
    }

    private static final Comparator<Contender> ORDER = Comparator.comparing(Contender::payload)
            .thenComparing(Contender::format)
            .thenComparing(Contender::operation)
            .thenComparing(contender -> rank(contender.implementation()));

    private static int rank(String implementation) {
        int rank = IMPLEMENTATION_ORDER.indexOf(implementation);
        return rank < 0 ? IMPLEMENTATION_ORDER.size() : rank;
    }
}
