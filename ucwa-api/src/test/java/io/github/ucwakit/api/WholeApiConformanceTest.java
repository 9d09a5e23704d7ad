package io.github.ucwakit.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.conformance.ConformanceReport;
import io.github.ucwakit.api.conformance.ConformanceSuite;
import io.github.ucwakit.api.conformance.KindCount;
import io.github.ucwakit.api.conformance.ReportWriter;
import io.github.ucwakit.api.conformance.SampleResult;
import io.github.ucwakit.api.conformance.Status;
import io.github.ucwakit.runtime.UcwaCodec;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the conformance suite over the reference pages with the bindings generated from the committed descriptors
 * and writes its report to the folder named by {@code ucwa.conformance}.
 */
class WholeApiConformanceTest {

    static ConformanceReport report;

    @BeforeAll
    static void runSuite() throws IOException {
        long start = System.nanoTime();
        report = new ConformanceSuite(UcwaCodec.create()).run(Path.of(System.getProperty("ucwa.reference")));
        Path folder = new ReportWriter().write(report, Path.of(System.getProperty("ucwa.conformance")));
        System.out.printf("conformance of %d pages in %d ms, report in %s%n", report.pages().size(),
                (System.nanoTime() - start) / 1_000_000, folder);
        for (KindCount c : report.countsByKind()) {
            System.out.printf("  %-15s %4d bodies: %4d passed, %4d failed, %4d pending, %4d classified%n",
                    c.kind().label(), c.bodies(), c.passed(), c.failed(), c.pending(), c.classified());
        }
    }

    @Test
    void everyBodyThatIsCheckedPasses() {
        assertThat(report.with(Status.FAILED).stream().map(WholeApiConformanceTest::describe)).isEmpty();
    }

    private static String describe(SampleResult r) {
        return r.sample().page() + ":" + r.sample().bodyLine() + " " + r.sample().section() + ": "
                + r.outcome().reason();
    }
}
