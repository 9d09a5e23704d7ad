package io.github.ucwakit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResultsMarkdownTest {

    private static final Machine MACHINE = new Machine(2, 2L * 1024 * 1024 * 1024, "Test CPU", "Linux 6.1 amd64");

    private String render() throws Exception {
        return ResultsMarkdown.render(JmhRun.read(sample()), MACHINE, "benchmarks/run.sh quick", "0.12 0.30 0.41",
                "taken on a quiet machine");
    }

    @Test
    void notesMachineJdkAndSettings() throws Exception {
        assertThat(render())
                .contains("- Command: `benchmarks/run.sh quick`")
                .contains("- Machine: 2 cores, 2.0 GiB memory, Test CPU, Linux 6.1 amd64")
                .contains("- Load average (1, 5, 15 min) before the run: 0.12 0.30 0.41")
                .contains("- JDK: 17.0.15, OpenJDK 64-Bit Server VM 17.0.15+6")
                .contains("1 fork(s), 3 warmup iteration(s) of 1 s, 3 measurement iteration(s) of 1 s")
                .contains("- Note: taken on a quiet machine");
    }

    @Test
    void dividesOursByEachBaselineAndJudgesTheTarget() throws Exception {
        assertThat(render())
                .contains("| conversation | JSON | read | Jackson databind POJO | ucwakit generated binding "
                        + "| 1,000 | 800 | 1.25x | 1.25x | ≥ 1.0x | yes / yes |")
                .contains("| conversation | JSON | read | hand-written Jackson streaming | ucwakit generated binding "
                        + "| 1,000 | 2,000 | 0.50x | 0.90x | ≥ 0.8x | **no** / yes |")
                .contains("Targets met: 1 of 3 by throughput, 2 of 3 by CPU time.");
    }

    @Test
    void aGenericResourceStandsInWhereNoBindingApplies() throws Exception {
        assertThat(render()).contains("| events | JSON | read | hand-written Jackson streaming "
                + "| ucwakit GenericResource | 500 | 1,000 | 0.50x | – | ≥ 0.8x | **no** / – |");
    }

    @Test
    void aBaselineWithoutOursHasNoRatio() throws Exception {
        assertThat(render())
                .contains("| events | XML | write | hand-written StAX | – | not measured | 1,500 | – | – | ≥ 0.8x | – |");
    }

    @Test
    void listsEveryBenchmarkWithItsAllocation() throws Exception {
        assertThat(render())
                .contains("| conversation | JSON | read | ucwakit generated binding | 1,000 | ± 10 | 1.0% | 1,000 | 4,096 |")
                .contains("| conversation | JSON | read | Jackson databind POJO | 800 | – | – | 1,250 | – |");
    }

    @Test
    void countsTheIntervalsWithinTenPercentAndNamesTheWidest() throws Exception {
        assertThat(render()).contains("99.9% intervals within 10% of the score: 4 of 5 benchmarks "
                + "(widest: conversation JSON read, hand-written Jackson streaming, ± 15.0%).");
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(ResultsMarkdownTest.class.getResource("/jmh-sample.json").toURI());
    }
}
