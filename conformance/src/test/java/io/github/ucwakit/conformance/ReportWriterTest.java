package io.github.ucwakit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.runtime.PayloadFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static SampleResult result(int line, String section, BodyKind kind, Outcome outcome) {
        PageSample sample = new PageSample("widget_ref.md", line, section, PageSample.Role.RESPONSE,
                PayloadFormat.JSON, "GET", null, "{}", false, line);
        return new SampleResult(sample, kind == null ? null : new Classification(kind, outcome.status()
                == Status.CLASSIFIED ? outcome.reason() : ""), kind == null ? null : outcome);
    }

    private static final ConformanceReport REPORT = new ConformanceReport("pages", List.of(
            new PageResult("widget_ref.md", List.of(
                    result(10, "GET JSON Request", null, null),
                    result(20, "GET JSON Response", BodyKind.RESOURCE, Outcome.passed()),
                    result(25, "PUT JSON Response", BodyKind.RESOURCE, Outcome.passedWithNote("data: href x")),
                    result(30, "GET XML Response", BodyKind.RESOURCE, Outcome.failed("written back differs: x")),
                    result(40, "Added event", BodyKind.EVENT, Outcome.pending("no reader")),
                    result(50, "POST JSON Request", BodyKind.NOT_A_RESOURCE, Outcome.classified("SDP"))))));

    @TempDir
    Path folder;

    @Test
    void writesCountsByKindAndEveryResultWithItsReason() throws IOException {
        new ReportWriter().write(REPORT, folder);

        JsonNode json = new ObjectMapper().readTree(folder.resolve(ReportWriter.JSON_FILE).toFile());
        assertThat(json.path("samples").asInt()).isEqualTo(6);
        assertThat(json.path("samplesWithoutBody").asInt()).isEqualTo(1);
        assertThat(json.path("bodies").path("resource").path("passed").asInt()).isEqualTo(2);
        assertThat(json.path("bodies").path("resource").path("passedWithNote").asInt()).isEqualTo(1);
        assertThat(json.path("bodies").path("resource").path("failed").asInt()).isEqualTo(1);
        assertThat(json.path("bodies").path("event").path("pending").asInt()).isEqualTo(1);
        assertThat(json.path("notAResource").path("SDP").asInt()).isEqualTo(1);
        JsonNode page = json.path("pageResults").get(0);
        assertThat(page.path("failed").asInt()).isEqualTo(1);
        assertThat(page.path("results").get(2).path("note").asText()).isEqualTo("data: href x");
        assertThat(page.path("results").get(3).path("reason").asText()).isEqualTo("written back differs: x");
        assertThat(page.path("results").get(0).path("kind").asText()).isEqualTo("no body");

        assertThat(folder.resolve(ReportWriter.MARKDOWN_FILE)).content()
                .contains("| resource | 3 | 2 | 1 | 1 | 0 | 0 |")
                .contains("- `widget_ref.md:30` GET XML Response (resource): written back differs: x")
                .contains("## Passed with a note (1)", "- `widget_ref.md:25` PUT JSON Response (resource): data: href x")
                .contains("| widget_ref.md | 6 | 5 | 2 | 1 | 1 | 1 |");
    }

    @Test
    void writesTheSameBytesForTheSameReport() throws IOException {
        assertThat(new ReportWriter().json(REPORT)).isEqualTo(new ReportWriter().json(REPORT));
        assertThat(MarkdownReport.render(REPORT)).isEqualTo(MarkdownReport.render(REPORT)).doesNotContain("\r");
    }
}
