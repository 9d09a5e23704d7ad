package io.github.ucwakit.importer;

import static io.github.ucwakit.importer.TestPages.descriptor;
import static io.github.ucwakit.importer.TestPages.item;
import static io.github.ucwakit.importer.TestPages.resourcePage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written overrides take precedence over the pages and survive every re-import. */
class OverridesTest {

    private static final String PAGE = resourcePage("widget", """
            ### Properties

            |**Name**|**Description**|
            |:-----|:-----|
            |humor|The widget's humor.|
            |label|The label.|

            ### Links

            |**Link**|**Description**|
            |:-----|:-----|
            |self|The link to the current resource.|
            |gadget|The gadget.|

            ## Operations

            ### GET

            Returns the widget.

            #### Synchronous errors

            |**Error**|**Code**|**Subcode**|**Description**|
            |:-----|:-----|:-----|:-----|
            |Conflict|409|AlreadyExists|Exists.|
            |Gone|410|CannotRedirect|Gone away.|

            #### JSON Response

            ```
            HTTP/1.1 200 OK
            {
              "rel" : "widget",
              "humor" : "Happy",
              "label" : "x"
            }
            ```
            """);

    private static final String OVERRIDE = """
            resource: widget
            properties:
              - name: humor
                type: Mood
                description: How the widget feels.
              - name: extra
                type: long
            remove:
              links: [gadget]
            operations:
              - method: GET
                status: 203
                remove:
                  errors: ["410/CannotRedirect"]
            """;

    @TempDir
    Path pages;

    @TempDir
    Path out;

    @TempDir
    Path overrides;

    @Test
    void overridesTakePrecedenceAndSurviveReimport() throws IOException {
        TestPages.write(pages, "widget_ref.md", PAGE);
        TestPages.write(pages, "Mood_ref.md", TestPages.enumerationPage("Mood", "Happy", "Sad"));
        TestPages.write(pages, "Feeling_ref.md", TestPages.enumerationPage("Feeling", "Happy", "Calm"));
        ImportOptions options = ImportOptions.of(pages, out).withOverrides(overrides);

        ImportResult withoutOverride = ValidatedImport.run(options);
        JsonNode imported = descriptor(out.resolve("widget.yaml"));
        assertThat(item(imported, "properties", "name", "humor").orElseThrow().path("review").asText())
                .contains("fits several enumerations");
        assertThat(withoutOverride.reviewMarks()).extracting(ReviewMark::node).contains("properties[humor]");

        TestPages.write(overrides, "widget.yaml", OVERRIDE);
        ImportResult first = ValidatedImport.run(options);
        assertOverridden(descriptor(out.resolve("widget.yaml")));
        assertThat(first.written()).containsExactly(out.resolve("widget.yaml"));
        assertThat(first.reviewMarks()).extracting(ReviewMark::node).doesNotContain("properties[humor]");
        assertThat(first.warnings()).isEmpty();

        TestPages.write(pages, "widget_ref.md", PAGE.replace("The label.", "The widget's label."));
        ImportResult second = ValidatedImport.run(options);
        JsonNode reimported = descriptor(out.resolve("widget.yaml"));
        assertOverridden(reimported);
        assertThat(item(reimported, "properties", "name", "label").orElseThrow().path("description").asText())
                .isEqualTo("The widget's label.");
        assertThat(second.written()).containsExactly(out.resolve("widget.yaml"));
    }

    @Test
    void warnsAboutOverridesThatMatchNothing() throws IOException {
        TestPages.write(pages, "widget_ref.md", PAGE);
        TestPages.write(overrides, "gizmo.yaml", "resource: gizmo\n");
        TestPages.write(overrides, "widget.yaml", "resource: widget\nremove:\n  links: [nothing]\n");

        ImportResult result = ValidatedImport.run(ImportOptions.of(pages, out).withOverrides(overrides));

        assertThat(TestPages.warnings(result)).containsExactly(
                "gizmo.yaml:1: override matches no page of the folder (gizmo_ref.md); it is not applied",
                "widget.yaml:1: override: remove: links has no item 'nothing'");
    }

    private static void assertOverridden(JsonNode widget) {
        JsonNode humor = item(widget, "properties", "name", "humor").orElseThrow();
        assertThat(humor.path("type").asText()).isEqualTo("Mood");
        assertThat(humor.path("description").asText()).isEqualTo("How the widget feels.");
        assertThat(humor.has("review")).isFalse();
        assertThat(item(widget, "properties", "name", "extra").orElseThrow().path("type").asText())
                .isEqualTo("long");
        assertThat(item(widget, "links", "rel", "gadget")).isEmpty();
        assertThat(item(widget, "links", "rel", "self")).isPresent();
        JsonNode get = item(widget, "operations", "method", "GET").orElseThrow();
        assertThat(get.path("status").asInt()).isEqualTo(203);
        assertThat(get.path("errors")).hasSize(1);
        assertThat(get.path("errors").get(0).path("subcode").asText()).isEqualTo("AlreadyExists");
        assertThat(get.path("description").asText()).isEqualTo("Returns the widget.");
    }
}
