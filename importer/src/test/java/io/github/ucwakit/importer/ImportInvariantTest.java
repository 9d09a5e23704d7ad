package io.github.ucwakit.importer;

import static io.github.ucwakit.importer.TestPages.descriptor;
import static io.github.ucwakit.importer.TestPages.item;
import static io.github.ucwakit.importer.TestPages.lineOf;
import static io.github.ucwakit.importer.TestPages.resourcePage;
import static io.github.ucwakit.importer.TestPages.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer never writes a descriptor that fails validation: repeated rows of every table are merged, two pages
 * for one resource are merged, an unreadable page is left out, and what else the validator refuses is left out; each
 * with a located warning. {@link ValidatedImport} validates every output.
 */
class ImportInvariantTest {

    @TempDir
    Path pages;

    @TempDir
    Path out;

    private ImportResult importPages() throws IOException {
        return ValidatedImport.run(ImportOptions.of(pages, out));
    }

    private static final String EVERY_TABLE_TWICE = resourcePage("widget", """
            ### Properties

            |**Name**|**Description**|
            |:-----|:-----|
            |count|The count.|
            |count||

            ### Links

            |**Link**|**Description**|
            |:-----|:-----|
            |self|The link to the current resource.|
            |self|The link to the current resource.|

            ### Azure Active Directory scopes for online applications

            |**Scope**|**Permission**|**Description**|
            |:-----|:-----|:-----|
            |Widgets.Read|Read widgets|Reads.|
            |Widgets.Read|Read widgets|Reads again.|

            ## Events

            ### Added

            |**Resource**|**Priority**|**Sender**|**Reason**|
            |:-----|:-----|:-----|:-----|
            |widget|High|widgets|Delivered when a widget is added.|
            |widget|High|widgets|Delivered when a widget is added.|

            ## Operations

            ### POST

            Posts.

            #### Request body

            |**Name**|**Description**|**Required?**|
            |:-----|:-----|:-----|
            |size|The size.|No|
            |size|The size, again.|Yes|

            #### Synchronous errors

            |**Error**|**Code**|**Subcode**|**Description**|
            |:-----|:-----|:-----|:-----|
            |Gone|410|None|Gone.|
            |Gone|410|None|Gone.|

            ### POST

            Posts again.
            """);

    @Test
    void mergesARepeatedRowOfEveryTable() throws IOException {
        TestPages.write(pages, "widget_ref.md", EVERY_TABLE_TWICE);
        TestPages.write(pages, "Mood_ref.md", TestPages.enumerationPage("Mood", "Happy", "Sad", "Happy"));

        ImportResult result = importPages();

        String page = EVERY_TABLE_TWICE;
        assertThat(warnings(result)).contains(
                "widget_ref.md:" + lineOf(page, "|count||") + ": row 'count' listed again in the Properties table"
                        + " (first at line " + lineOf(page, "|count|The count.|") + "); merged into the first row",
                "widget_ref.md:" + lineOf(page, "Reads again.") + ": scope 'Widgets.Read' listed again in the"
                        + " Scopes table (first at line " + lineOf(page, "|Reads.|") + "); merged into the first row",
                "widget_ref.md:" + lineOf(page, "The size, again.") + ": parameter 'size' listed again in the POST"
                        + " Request body table (first at line " + lineOf(page, "|size|The size.|")
                        + "); merged into the first row",
                "widget_ref.md:" + (lineOf(page, "Posts again.") - 2) + ": operation POST described again;"
                        + " the repeated section is ignored")
                .anyMatch(w -> w.contains("row 'self' listed again in the Links table"))
                .anyMatch(w -> w.contains("listed again in the Events table"))
                .anyMatch(w -> w.contains("error row 'Gone 410 None' listed again"))
                .anyMatch(w -> w.startsWith("Mood_ref.md:") && w.contains("row 'Happy' listed again"));
        assertThat(result.errors()).isEmpty();
        JsonNode widget = descriptor(out.resolve("widget.yaml"));
        assertThat(widget.path("properties")).hasSize(1);
        assertThat(widget.path("scopes")).hasSize(1);
        assertThat(widget.path("events")).hasSize(1);
        JsonNode post = item(widget, "operations", "method", "POST").orElseThrow();
        assertThat(post.path("request")).hasSize(1);
        assertThat(post.path("request").get(0).path("required").asBoolean()).isTrue();
        assertThat(post.path("errors")).hasSize(1);
        assertThat(descriptor(out.resolve("Mood.yaml")).path("members")).hasSize(2);
    }

    @Test
    void mergesTwoPagesForOneResourceNamingBoth() throws IOException {
        TestPages.write(pages, "myWidget_ref.md", resourcePage("myWidget", """
                ### Properties

                |**Name**|**Description**|
                |:-----|:-----|
                |count|The count.|
                """));
        TestPages.write(pages, "mywidget_ref.md", resourcePage("mywidget", """
                ### Properties

                |**Name**|**Description**|
                |:-----|:-----|
                |count|Another description.|
                |color|The color.|
                """));

        ImportResult result = importPages();

        assertThat(warnings(result)).containsExactly("mywidget_ref.md:1: page describes the same resource as"
                + " myWidget_ref.md (both would generate MyWidget); merged into myWidget.yaml, the"
                + " page whose samples carry no other rel, else the first by file name; it adds property color;"
                + " where they differ"
                + " myWidget_ref.md is kept: property count");
        assertThat(out.resolve("mywidget.yaml")).doesNotExist();
        JsonNode merged = descriptor(out.resolve("myWidget.yaml"));
        assertThat(merged.path("properties")).hasSize(2);
    }

    @Test
    void leavesOutAPageItCannotReadAndKeepsLinksToIt() throws IOException {
        TestPages.write(pages, "widget_ref.md", resourcePage("widget", """
                ### Links

                |**Link**|**Description**|
                |:-----|:-----|
                |self|The link to the current resource.|
                |[gadget](gadget_ref.md)|The gadget.|
                """));
        Files.write(pages.resolve("gadget_ref.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        ImportResult result = importPages();

        assertThat(result.errors()).isEmpty();
        assertThat(warnings(result)).singleElement().asString()
                .startsWith("gadget_ref.md:1: page cannot be read: ")
                .endsWith("; it is left out and links to it are kept");
        assertThat(out.resolve("gadget.yaml")).doesNotExist();
        assertThat(item(descriptor(out.resolve("widget.yaml")), "links", "rel", "gadget")).isPresent();
    }

    @Test
    void leavesOutWhatTheValidatorWouldRefuseWithAWarning() throws IOException {
        String page = resourcePage("widget", """
                ### Properties

                |**Name**|**Description**|
                |:-----|:-----|
                |threadId|The thread.|
                |thread-id|The thread, spelt otherwise.|
                |count|The count.|
                """);
        TestPages.write(pages, "widget_ref.md", page);

        ImportResult result = importPages();

        assertThat(warnings(result)).singleElement().asString()
                .startsWith("widget_ref.md:1: property 'thread-id' left out of widget.yaml: it would not validate: ");
        JsonNode widget = descriptor(out.resolve("widget.yaml"));
        assertThat(item(widget, "properties", "name", "threadId")).isPresent();
        assertThat(item(widget, "properties", "name", "count")).isPresent();
        assertThat(widget.path("properties")).hasSize(2);
    }
}
