package io.github.ucwakit.benchmarks.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.benchmarks.report.JmhRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorMarkdownTest {

    private static final String BENCHMARK = GeneratorBenchmark.class.getName();

    private static GeneratorResults results(int lines, double cliSeconds) {
        return results(lines, cliSeconds, Timing.NONE);
    }

    private static GeneratorResults results(int lines, double cliSeconds, Timing launcher) {
        Timing cli = new Timing(List.of(cliSeconds + 0.2, cliSeconds, cliSeconds + 0.1), List.of(2.0, 1.0, 1.5));
        return new GeneratorResults("1.00 0.50 0.25", 2, "17", launcher, cli, cli, Timing.NONE,
                new Timing(List.of(3.0, 5.0), List.of(4.0, 6.0)), Timing.NONE,
                new SourceSize(10, lines, 1, 2, lines - 3), "0.90 0.50 0.25");
    }

    private static JmhRun run(double warmMillis, double noChangeMillis) {
        return new JmhRun("17", "OpenJDK", "settings", List.of(
                new JmhRun.JmhResult(BENCHMARK + ".generateWholeApi", warmMillis, 10, "ms/op", Double.NaN, 4e8),
                new JmhRun.JmhResult(BENCHMARK + ".generateNoChange", noChangeMillis, 1, "ms/op", Double.NaN, 2e7)));
    }

    @Test
    void eachTargetHasItsRowWithTheMedianTheSpreadAndWhetherItIsMet() {
        String md = GeneratorMarkdown.render(results(59_000, 0.9), run(400, 20));
        assertThat(md)
                .contains("| CLI `generate` as `java -jar`, whole process (3 runs) | 1.00 s | 0.90 s – 1.10 s | 1.50 s "
                        + "| ≤ 1.00 s | yes |")
                .doesNotContain("launcher")
                .contains("| in-process, warm (JMH) | 400.0 ms | ± 10.0 ms | 400.0 ms | < 500.0 ms | yes |")
                .contains("| no-change `generate`, state file present (JMH) | 20.0 ms |")
                .contains("| generated lines (10 files) | 59,000 |")
                .contains("| `javac` of the generated code (2 runs) | 4.00 s | 3.00 s – 5.00 s | 5.00 s | ≤ 4.00 s | yes |")
                .contains("not measured (full mode only)");
    }

    @Test
    void theLauncherHasItsRowAgainstTheTargetAboveJavaJar() {
        Timing launcher = new Timing(List.of(0.8, 0.7, 0.9), List.of(0.9, 0.8, 1.0));
        String md = GeneratorMarkdown.render(results(59_000, 2.0, launcher), run(400, 20));
        assertThat(md).contains("| CLI `generate` through the launcher `ucwakit`, whole process (3 runs) | 0.80 s "
                + "| 0.70 s – 0.90 s | 0.90 s | ≤ 1.00 s | yes |\n| CLI `generate` as `java -jar`, whole process (3 runs) "
                + "| 2.10 s |");
    }

    @Test
    void resultsRecordedBeforeTheLauncherReadAsNotMeasured() throws Exception {
        GeneratorResults results = results(59_000, 2.0);
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(results)
                .replaceFirst("\"cliLauncher\":\\{[^}]*\\},", "");
        assertThat(json).doesNotContain("cliLauncher");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, GeneratorResults.class)
                .cliLauncher()).isEqualTo(Timing.NONE);
    }

    @Test
    void aMissedTargetSaysSo() {
        String md = GeneratorMarkdown.render(results(70_000, 2.0), run(900, 60));
        assertThat(md.lines().filter(line -> line.endsWith("| **no** |"))).hasSize(4);
    }

    @Test
    void generatorResultsAreToldApartFromPayloadBenchmarks() {
        assertThat(GeneratorMarkdown.isGenerator(BENCHMARK + ".generateNoChange")).isTrue();
        assertThat(GeneratorMarkdown.isGenerator("io.github.ucwakit.benchmarks.ConversationJsonBenchmark.readGenerated"))
                .isFalse();
    }

    @Test
    void theMedianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        assertThat(new Timing(List.of(4.0, 1.0, 3.0, 2.0), List.of()).medianWall()).isEqualTo(2.5);
        assertThat(Timing.NONE.medianWall()).isNaN();
    }
}
