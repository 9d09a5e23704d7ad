package io.github.ucwakit.importer;

import static io.github.ucwakit.importer.TestPages.descriptor;
import static io.github.ucwakit.importer.TestPages.item;
import static io.github.ucwakit.importer.TestPages.lineOf;
import static io.github.ucwakit.importer.TestPages.resourcePage;
import static io.github.ucwakit.importer.TestPages.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small page per irregularity of the reference: each is tolerated, reported once, and read correctly. */
class IrregularPagesTest {

    @TempDir
    Path pages;

    @TempDir
    Path out;

    private ImportResult importPages() throws IOException {
        return ValidatedImport.run(ImportOptions.of(pages, out));
    }

    @Test
    void readsAnEventSampleOutsideACodeFence() throws IOException {
        String page = resourcePage("widget", """
                ### Properties

                |**Name**|**Description**|
                |:-----|:-----|
                |count|The count.|

                ## Events

                ### Added

                |**Resource**|**Priority**|**Sender**|**Reason**|
                |:-----|:-----|:-----|:-----|
                |widget|High|communication|Delivered when a widget is added.</p><p></p>|

                Sample of returned event data.
                {
                  "sender" : [
                    {
                      "rel" : "communication",
                      "events" : [
                        {
                          "link" : { "rel" : "widget", "href" : "/widgets/1" },
                          "type" : "added",
                          "_embedded" : { "widget" : { "rel" : "widget", "count" : 3 } }
                        }
                      ]
                    }
                  ]
                }

                ## Operations
                """);
        TestPages.write(pages, "widget_ref.md", page);

        ImportResult result = importPages();

        assertThat(warnings(result)).containsExactly(
                "widget_ref.md:" + lineOf(page, "{") + ": sample outside a code fence");
        JsonNode widget = descriptor(out.resolve("widget.yaml"));
        assertThat(item(widget, "properties", "name", "count").orElseThrow().path("type").asText()).isEqualTo("int");
        JsonNode event = item(widget, "events", "type", "added").orElseThrow();
        assertThat(event.path("description").asText()).isEqualTo("Delivered when a widget is added.");
        assertThat(event.path("sender").asText()).isEqualTo("communication");
    }

    @Test
    void readsHeadingsAtOtherLevels() throws IOException {
        String page = resourcePage("widget", """
                ### Properties

                None

                ## GET

                Returns the widget.

                ### Synchronous errors

                |**Error**|**Code**|**Subcode**|**Description**|
                |:-----|:-----|:-----|:-----|
                |Gone|410|CannotRedirect|Gone away.|
                """);
        TestPages.write(pages, "widget_ref.md", page);

        ImportResult result = importPages();

        assertThat(warnings(result)).containsExactly(
                "widget_ref.md:" + lineOf(page, "## GET")
                        + ": heading 'GET' at level 2, read as the GET section (level 3)",
                "widget_ref.md:" + lineOf(page, "### Synchronous errors")
                        + ": heading 'Synchronous errors' at level 3, read as the Synchronous errors section (level 4)");
        JsonNode get = item(descriptor(out.resolve("widget.yaml")), "operations", "method", "GET").orElseThrow();
        assertThat(get.path("description").asText()).isEqualTo("Returns the widget.");
        assertThat(get.path("errors").get(0).path("code").asInt()).isEqualTo(410);
    }

    @Test
    void readsAMisspeltHeading() throws IOException {
        String page = resourcePage("widget", """
                ### Propertie

                |**Name**|**Description**|
                |:-----|:-----|
                |label|The label.|
                """);
        TestPages.write(pages, "widget_ref.md", page);

        ImportResult result = importPages();

        assertThat(warnings(result)).containsExactly(
                "widget_ref.md:" + lineOf(page, "### Propertie") + ": misspelt heading 'Propertie' read as 'Properties'");
        assertThat(item(descriptor(out.resolve("widget.yaml")), "properties", "name", "label")).isPresent();
    }

    @Test
    void joinsADataUriBrokenByALineBreak() throws IOException {
        String page = resourcePage("widget", """
                ### Links

                |**Link**|**Description**|
                |:-----|:-----|
                |body|The body.|

                ## Operations

                ### GET

                Returns the widget.

                #### JSON Response

                ```
                HTTP/1.1 200 OK
                {
                  "rel" : "widget",
                  "_links" : {
                    "body" : {
                      "href" : "data:text/plain;base64,
                      SGVsbG8="
                    }
                  }
                }
                ```
                """);
        TestPages.write(pages, "widget_ref.md", page);

        ImportResult result = importPages();

        assertThat(result.errors()).isEmpty();
        assertThat(warnings(result)).containsExactly("widget_ref.md:" + lineOf(page, "\"data:text")
                + ": data: URI 'data:text/plain;base64,' broken by a line break; joined with the next line");
        JsonNode body = item(descriptor(out.resolve("widget.yaml")), "links", "rel", "body").orElseThrow();
        assertThat(body.path("description").asText())
                .isEqualTo("The body. Carried as a data: URI (text/plain, base64).");
    }

    @Test
    void resolvesALinkTargetThatDiffersOnlyInCase() throws IOException {
        String page = resourcePage("widget", """
                ## Operations

                ### POST

                Starts a gadget.

                #### Response body

                |**Item**|**Description**|
                |:-----|:-----|
                |[gadget](Gadget_ref.md)|Represents a gadget.|
                """);
        TestPages.write(pages, "widget_ref.md", page);
        TestPages.write(pages, "gadget_ref.md", resourcePage("gadget", ""));

        ImportResult result = importPages();

        assertThat(warnings(result)).containsExactly("widget_ref.md:" + lineOf(page, "|[gadget]")
                + ": link target 'Gadget_ref.md' differs in case from page 'gadget_ref.md'");
        JsonNode post = item(descriptor(out.resolve("widget.yaml")), "operations", "method", "POST").orElseThrow();
        assertThat(post.path("response").asText()).isEqualTo("gadget");
    }

    @Test
    void removesSpacesInsertedInValues() throws IOException {
        String page = resourcePage("widget", """
                ### Properties

                |**Name**|**Description**|
                |:-----|:-----|
                |uri|The URI.|

                ### Links

                |**Link**|**Description**|
                |:-----|:-----|
                |body|The body.|

                ## Operations

                ### GET

                Returns the widget.

                #### JSON Response

                ```
                HTTP/1.1 200 OK
                {
                  "rel" : "widget",
                  "uri" : "sip : john@contoso.com",
                  "_links" : { "body" : { "href" : "data : text/html;base64,PGI+" } }
                }
                ```
                """);
        TestPages.write(pages, "widget_ref.md", page);

        ImportResult result = importPages();

        assertThat(warnings(result)).containsExactly(
                "widget_ref.md:" + lineOf(page, "\"sip : ")
                        + ": spaces inside the value 'sip : john@contoso.com' removed: read as 'sip:john@contoso.com'",
                "widget_ref.md:" + lineOf(page, "\"data : ") + ": spaces inside the value "
                        + "'data : text/html;base64,PGI+' removed: read as 'data:text/html;base64,PGI+'");
        JsonNode widget = descriptor(out.resolve("widget.yaml"));
        assertThat(item(widget, "links", "rel", "body").orElseThrow().path("description").asText())
                .isEqualTo("The body. Carried as a data: URI (text/html, base64).");
    }

    @Test
    void decodesHtmlEntitiesInSamplesWithoutComplaint() throws IOException {
        String page = resourcePage("widget", """
                ## Operations

                ### POST

                Creates a widget.

                #### Request body

                |**Name**|**Description**|**Required?**|
                |:-----|:-----|:-----|
                |size|The size.|Yes|

                #### XML Request

                ```
                Post https://example.com/widgets HTTP/1.1
                Content-Type: application/xml
                &lt;?xml version=&quot;1.0&quot; encoding=&quot;utf-8&quot;?&gt;
                &lt;input xmlns=&quot;http://schemas.microsoft.com/rtc/2012/03/ucwa&quot;&gt;
                  &lt;property name=&quot;size&quot;&gt;12&lt;/property&gt;
                &lt;/input&gt;
                ```

                #### JSON Request

                ```
                Post https://example.com/widgets HTTP/1.1
                Content-Type: application/json
                {
                  &quot;size&quot; : 12
                }
                ```
                """);
        TestPages.write(pages, "widget_ref.md", page);

        ImportResult result = importPages();

        assertThat(result.diagnostics()).isEmpty();
        JsonNode post = item(descriptor(out.resolve("widget.yaml")), "operations", "method", "POST").orElseThrow();
        JsonNode size = post.path("request").get(0);
        assertThat(size.path("type").asText()).isEqualTo("int");
        assertThat(size.path("required").asBoolean()).isTrue();
        assertThat(size.has("review")).isFalse();
    }

    @Test
    void mergesRepeatedErrorRowsAndTableRows() throws IOException {
        String page = resourcePage("widget", """
                ### Links

                |**Link**|**Description**|
                |:-----|:-----|
                |from|The sender.|
                |from|The sender again.|

                ## Operations

                ### GET

                Returns the widget.

                #### Synchronous errors

                |**Error**|**Code**|**Subcode**|**Description**|
                |:-----|:-----|:-----|:-----|
                |Forbidden|403|None|Not allowed on mobile.|
                |Gone|410|None|Gone.|
                |Forbidden|403|None|Not allowed on desktop.|
                """);
        TestPages.write(pages, "widget_ref.md", page);

        ImportResult result = importPages();

        assertThat(warnings(result)).containsExactly(
                "widget_ref.md:" + lineOf(page, "|from|The sender again.|")
                        + ": row 'from' listed again in the Links table (first at line "
                        + lineOf(page, "|from|The sender.|") + "); merged into the first row",
                "widget_ref.md:" + lineOf(page, "desktop")
                        + ": error row 'Forbidden 403 None' listed again; its description is merged into the first row");
        JsonNode widget = descriptor(out.resolve("widget.yaml"));
        assertThat(widget.path("links")).hasSize(1);
        JsonNode errors = item(widget, "operations", "method", "GET").orElseThrow().path("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).path("description").asText())
                .isEqualTo("Not allowed on mobile. Not allowed on desktop.");
    }
}
