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

/** A resource the samples show but no page describes gets a descriptor drafted from those samples. */
class SampleOnlyResourcesTest {

    private static final String WIDGET = resourcePage("widget", """
            ### Properties

            |**Name**|**Description**|
            |:-----|:-----|
            |label|The label.|

            ### Links

            |**Link**|**Description**|
            |:-----|:-----|
            |self|The link to the current resource.|
            |gadget|The gadget this widget holds.|

            ## Operations

            ### GET

            Returns the widget.

            #### Response body

            |**Item**|**Description**|
            |:-----|:-----|
            |[widget](widget_ref.md)|A widget.|

            #### JSON Response

            ```
            HTTP/1.1 200 OK
            {
              "rel" : "widget",
              "label" : "x",
              "_links" : { "self" : { "href" : "/widgets/1" } },
              "_embedded" : {
                "gadget" : {
                  "rel" : "gadget",
                  "size" : 3,
                  "_links" : { "self" : { "href" : "/gadgets/1" }, "maker" : { "href" : "/makers/2" } }
                },
                "renamedWidget" : {
                  "rel" : "widget",
                  "label" : "y"
                }
              }
            }
            ```
            """);

    @TempDir
    Path pages;

    @TempDir
    Path out;

    @Test
    void draftsAnEmbeddedResourceWithoutAPageFromItsSamples() throws IOException {
        TestPages.write(pages, "widget_ref.md", WIDGET);

        ImportResult result = ValidatedImport.run(ImportOptions.of(pages, out));

        assertThat(result.errors()).isEmpty();
        assertThat(result.written()).containsExactly(out.resolve("gadget.yaml"), out.resolve("widget.yaml"));
        JsonNode gadget = descriptor(out.resolve("gadget.yaml"));
        assertThat(gadget.path("resource").asText()).isEqualTo("gadget");
        assertThat(item(gadget, "properties", "name", "size").orElseThrow().path("type").asText()).isEqualTo("int");
        assertThat(item(gadget, "links", "rel", "maker")).isPresent();
        assertThat(result.reviewMarks()).filteredOn(m -> m.descriptor().equals("gadget.yaml"))
                .extracting(ReviewMark::toString)
                .containsExactly("gadget.yaml: no page in the folder describes this resource; drafted from the "
                        + "samples that show it");
    }

    @Test
    void leavesARelAPageCarriesInPlaceOfItsNameToThatPage() throws IOException {
        TestPages.write(pages, "widget_ref.md", WIDGET);
        TestPages.write(pages, "gizmo_ref.md", resourcePage("gizmo", """
                ## Operations

                ### GET

                Returns the gizmo.

                #### JSON Response

                ```
                HTTP/1.1 200 OK
                {
                  "rel" : "gadget",
                  "size" : 4
                }
                ```
                """));

        ImportResult result = ValidatedImport.run(ImportOptions.of(pages, out));

        assertThat(result.written()).containsExactly(out.resolve("gizmo.yaml"), out.resolve("widget.yaml"));
    }
}
