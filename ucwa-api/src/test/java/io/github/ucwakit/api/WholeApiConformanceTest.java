package io.github.ucwakit.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.conformance.BodyKind;
import io.github.ucwakit.conformance.ConformanceReport;
import io.github.ucwakit.conformance.ConformanceSuite;
import io.github.ucwakit.conformance.ExpectedTypes;
import io.github.ucwakit.conformance.KindCount;
import io.github.ucwakit.conformance.ReportWriter;
import io.github.ucwakit.conformance.SampleResult;
import io.github.ucwakit.conformance.Status;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.schema.DescriptorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the conformance suite over the reference pages with the bindings generated from the committed descriptors,
 * writes its report to the folder named by {@code ucwa.conformance}, and holds the failures to the list of known
 * ones, each with its reason ({@code known-failures.txt}, empty now): a new failure fails the build, and so does a
 * known one that passes now, so that the list only shrinks ({@code -Ducwakit.updateGolden=true} rewrites it).
 */
class WholeApiConformanceTest {

    private static final Path KNOWN_FAILURES = Path.of("src/test/resources/known-failures.txt");

    static ConformanceReport report;

    @BeforeAll
    static void runSuite() throws IOException, DescriptorException {
        long start = System.nanoTime();
        report = new ConformanceSuite(UcwaCodec.create(), ConformanceSuite.inputBindings(),
                ExpectedTypes.of(ApiFolders.DESCRIPTORS))
                .run(ApiFolders.reference());
        Path folder = new ReportWriter().write(report, ApiFolders.conformance());
        System.out.printf(Locale.ROOT, "conformance of %d resource pages in %d ms, report in %s%n",
                report.pages().size(), (System.nanoTime() - start) / 1_000_000, folder);
        for (KindCount c : report.countsByKind()) {
            System.out.println("  " + c.summary());
        }
    }

    @Test
    void theFailuresAreTheKnownOnes() throws IOException {
        List<String> failures = report.with(Status.FAILED).stream().map(WholeApiConformanceTest::describe).toList();
        if (Boolean.getBoolean("ucwakit.updateGolden")) {
            Files.writeString(KNOWN_FAILURES, failures.stream().map(f -> f + "\n").collect(Collectors.joining()),
                    StandardCharsets.UTF_8);
        }
        assertThat(failures).isEqualTo(Files.readAllLines(KNOWN_FAILURES, StandardCharsets.UTF_8));
    }

    @Test
    void everyBodyIsCheckedAndNothingIsLeftUnclassified() {
        for (BodyKind kind : List.of(BodyKind.RESOURCE, BodyKind.INPUT, BodyKind.EVENT)) {
            KindCount count = count(kind);
            assertThat(count.pending()).as(kind.label()).isZero();
            assertThat(count.passed() + count.failed()).as(kind.label()).isEqualTo(count.bodies());
        }
        assertThat(report.bodies()).allSatisfy(b -> assertThat(b.outcome()).isNotNull());
    }

    @Test
    void theOnlyNotesOnPassesAreDataHrefsThatDoNotDecode() {
        assertThat(report.notedPasses()).isNotEmpty().allSatisfy(r -> assertThat(r.outcome().reason())
                .startsWith("data: href not decodable: ").contains("link '", "'data:"));
    }

    @Test
    void bodiesThatAreNotResourcesAreClassifiedNotPassed() {
        KindCount other = count(BodyKind.NOT_A_RESOURCE);
        assertThat(other.bodies()).isPositive();
        assertThat(other.classified()).isEqualTo(other.bodies());
        assertThat(report.with(Status.CLASSIFIED)).allSatisfy(r -> assertThat(r.classification().what())
                .matches("(SDP|multipart batch|image|OPTIONS metadata|text/).*"));
    }

    private static KindCount count(BodyKind kind) {
        return report.countsByKind().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static String describe(SampleResult r) {
        return r.sample().page() + ":" + r.sample().bodyLine() + " " + r.sample().section() + ": "
                + r.outcome().reason();
    }
}
