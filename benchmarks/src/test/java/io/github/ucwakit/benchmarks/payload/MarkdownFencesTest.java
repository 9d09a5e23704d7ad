package io.github.ucwakit.benchmarks.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownFencesTest {

    private static final String PAGE = String.join("\n",
            "# page",
            "### JSON Response",
            "```",
            "HTTP/1.1 204 No Content",
            "",
            "```",
            "### JSON Response",
            "```",
            "HTTP/1.1 200 OK",
            "Content-Type: application/json",
            "{",
            "  \"rel\" : \"x\"",
            "}",
            "```",
            "## Sample XML",
            "```XML",
            "<?xml version=\"1.0\"?>",
            "<resource/>",
            "```");

    @Test
    void fencesKeepTheHeadingAboveThem() {
        List<MarkdownFences.Fence> fences = MarkdownFences.of(PAGE);

        assertThat(fences).extracting(MarkdownFences.Fence::heading)
                .containsExactly("JSON Response", "JSON Response", "Sample XML");
    }

    @Test
    void theBodyLeavesOutTheHttpHeadAndSkipsBlocksWithoutBody() {
        List<MarkdownFences.Fence> fences = MarkdownFences.of(PAGE);

        assertThat(MarkdownFences.firstBody(fences, "JSON Response")).isEqualTo("{\n  \"rel\" : \"x\"\n}");
        assertThat(MarkdownFences.firstBody(fences, "Sample XML")).isEqualTo("<?xml version=\"1.0\"?>\n<resource/>");
    }

    @Test
    void aMissingHeadingIsAnError() {
        assertThatThrownBy(() -> MarkdownFences.firstBody(MarkdownFences.of(PAGE), "XML Response"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("XML Response");
    }
}
