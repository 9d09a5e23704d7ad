package io.github.ucwakit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {

    @Test
    void printsTheRatioAndGeneratorTablesWithoutEveryBenchmark() throws Exception {
        Path sample = Path.of(getClass().getResource("/jmh-sample.json").toURI());
        String report = ResultsMarkdown.render(JmhRun.read(sample),
                new Machine(2, 2L * 1024 * 1024 * 1024, "Test CPU", "Linux 6.1 amd64"), "benchmarks/run.sh quick", "",
                "") + "\n## Generator, whole API\n\n| Measure | Result |\n| --- | ---: |\n| warm | 1 ms |\n";

        String summary = ConsoleSummary.of(report);

        assertThat(summary)
                .startsWith("## ucwakit against the baselines\n")
                .contains("| conversation | JSON | read | Jackson databind POJO | ucwakit generated binding ")
                .contains("Targets met: 1 of 3 by throughput, 2 of 3 by CPU time.")
                .endsWith("## Generator, whole API\n\n| Measure | Result |\n| --- | ---: |\n| warm | 1 ms |\n\n")
                .doesNotContain("## Every benchmark", "# Benchmark results", "- Command:");
        assertThat(report).contains("## Every benchmark");
    }
}
