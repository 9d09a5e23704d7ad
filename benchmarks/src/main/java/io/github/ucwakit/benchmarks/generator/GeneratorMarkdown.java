package io.github.ucwakit.benchmarks.generator;

import io.github.ucwakit.benchmarks.report.JmhRun;
import java.util.Locale;
import java.util.Optional;

/**
 * The generator's section of the benchmark report: one row per target of the issue (whole process, warm, no
 * change, lines, {@code javac}) with the measured value, its spread, its CPU time and whether it meets the target,
 * then the variants that are not targets (the command line with a class-data-sharing archive). The whole process
 * has two rows against its target: through the launcher script, as users run it, and as plain {@code java -jar}.
 */
public final class GeneratorMarkdown {

    private static final String BENCHMARK = GeneratorBenchmark.class.getName() + ".";

    private GeneratorMarkdown() {}

    /** Whether a JMH result is one of the generator's, which the payload tables leave out. */
    public static boolean isGenerator(String benchmark) {
        return benchmark.startsWith(BENCHMARK);
    }

    public static String render(GeneratorResults results, JmhRun run) {
        Optional<JmhRun.JmhResult> warm = find(run, "generateWholeApi");
        Optional<JmhRun.JmhResult> noChange = find(run, "generateNoChange");
        StringBuilder md = new StringBuilder("## Generator, whole API\n\n");
        md.append("The whole API of module `ucwa-api` (").append(results.size().files()).append(" files generated). ")
                .append("Load average before the generator measurements ").append(results.loadBefore())
                .append(", after ").append(results.loadAfter()).append("; ").append(results.cores())
                .append(" cores, JDK ").append(results.jdk()).append(". Whole-process and `javac` times are the ")
                .append("median of the runs, with the fastest and slowest; CPU time is user + system of the process. ")
                .append("Warm and no-change times are JMH averages in one JVM (`GeneratorBenchmark`), CPU time per ")
                .append("operation from the `CpuTimeProfiler`. `javac` is a fresh process compiling against the runtime ")
                .append("jar and its compile dependencies, as a user's build does, with Maven's options for module ")
                .append("`ucwa-api` (`").append(String.join(" ", GeneratorMeasurements.JAVAC_OPTIONS))
                .append("`).\n\n");
        md.append("| Measure | Result | Spread | CPU time | Target | Met |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | --- |\n");
        // The target is the command line as users run it: through the launcher, when there was one to measure.
        Timing launcher = results.cliLauncher();
        if (!launcher.wall().isEmpty()) {
            cliRow(md, "CLI `generate` through the launcher `ucwakit`, whole process", launcher);
        }
        cliRow(md, "CLI `generate` as `java -jar`, whole process", results.cli());
        row(md, "in-process, warm (JMH)", warm.map(r -> millis(r.score())).orElse("not measured"),
                warm.map(r -> "± " + millis(r.error())).orElse("–"),
                warm.map(r -> millis(r.cpuNanosPerOp() / 1e6)).orElse("–"),
                "< " + millis(GeneratorTargets.WARM_MILLIS),
                warm.map(r -> met(r.score() < GeneratorTargets.WARM_MILLIS)).orElse("–"));
        row(md, "no-change `generate`, state file present (JMH)",
                noChange.map(r -> millis(r.score())).orElse("not measured"),
                noChange.map(r -> "± " + millis(r.error())).orElse("–"),
                noChange.map(r -> millis(r.cpuNanosPerOp() / 1e6)).orElse("–"),
                "< " + millis(GeneratorTargets.NO_CHANGE_MILLIS),
                noChange.map(r -> met(r.score() < GeneratorTargets.NO_CHANGE_MILLIS)).orElse("–"));
        SourceSize size = results.size();
        row(md, "generated lines (" + whole(size.files()) + " files)", whole(size.lines()),
                whole(size.code()) + " code, " + whole(size.comments()) + " comments, " + whole(size.blank())
                        + " blank", "–", "≤ " + whole(GeneratorTargets.LINES), met(size.lines() <= GeneratorTargets.LINES));
        Timing javac = results.javac();
        row(md, "`javac` of the generated code (" + runs(javac.wall().size()) + ")", seconds(javac.medianWall()),
                spread(javac), seconds(javac.medianCpu()), "≤ " + seconds(GeneratorTargets.JAVAC_SECONDS),
                met(javac.medianWall() <= GeneratorTargets.JAVAC_SECONDS));
        md.append("\nThe same CLI run with JVM options for a short process (").append(options())
                .append("): ").append(variant(results.cliShortRun())).append("; with those and the application "
                        + "class-data-sharing archive of a first run (`-XX:SharedArchiveFile`): ")
                .append(variant(results.cliAppCds())).append(". `javac` with its JVM on C1 only "
                        + "(`-J-XX:TieredStopAtLevel=1`): ").append(variant(results.javacC1())).append(".\n");
        return md.toString();
    }

    private static void cliRow(StringBuilder md, String measure, Timing timing) {
        row(md, measure + " (" + runs(timing.wall().size()) + ")", seconds(timing.medianWall()), spread(timing),
                seconds(timing.medianCpu()), "≤ " + seconds(GeneratorTargets.CLI_SECONDS),
                met(timing.medianWall() <= GeneratorTargets.CLI_SECONDS));
    }

    private static String options() {
        return "`" + String.join(" ", GeneratorMeasurements.SHORT_RUN) + "`";
    }

    private static String variant(Timing timing) {
        if (timing.wall().isEmpty()) {
            return "not measured (full mode only)";
        }
        return seconds(timing.medianWall()) + " (" + spread(timing) + "), CPU " + seconds(timing.medianCpu());
    }

    private static Optional<JmhRun.JmhResult> find(JmhRun run, String method) {
        return run.results().stream().filter(r -> r.benchmark().equals(BENCHMARK + method)).findFirst();
    }

    private static void row(StringBuilder md, String measure, String result, String spread, String cpu,
            String target, String met) {
        md.append("| ").append(measure).append(" | ").append(result).append(" | ").append(spread).append(" | ")
                .append(cpu).append(" | ").append(target).append(" | ").append(met).append(" |\n");
    }

    private static String spread(Timing timing) {
        return seconds(timing.minWall()) + " – " + seconds(timing.maxWall());
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f s", value);
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String whole(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String runs(int count) {
        return count == 1 ? "1 run" : count + " runs";
    }
}
