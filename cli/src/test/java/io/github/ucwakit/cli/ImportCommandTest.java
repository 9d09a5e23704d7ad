package io.github.ucwakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {

    /**
     * A resource page whose sample value fits two enumerations and whose GET states no response body, so the
     * importer leaves two review notes.
     */
    private static final String WIDGET = """
            ---
            title: widget
            description: widget represents a test resource.
            ---
            # widget

            Represents a test resource.

            ## Resource description

            A resource for tests.

            ### Properties

            |**Name**|**Description**|
            |:-----|:-----|
            |humor|The widget's humor.|

            ### Links

            |**Link**|**Description**|
            |:-----|:-----|
            |self|The link to the current resource.|

            ## Operations

            ### GET

            Returns the widget.

            #### JSON Response

            ```
            HTTP/1.1 200 OK
            {
              "rel" : "widget",
              "humor" : "Happy"
            }
            ```
            """;

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = UcwakitCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private Path pages() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("pages"));
        write(folder, "widget_ref.md", WIDGET);
        write(folder, "Mood_ref.md", enumeration("Mood"));
        write(folder, "Feeling_ref.md", enumeration("Feeling"));
        return folder;
    }

    private static String enumeration(String name) {
        return "---\ntitle: " + name + "\n---\n# " + name + "\n\nA test enumeration.\n\n## Members\n\n"
                + "|**Name**|**Description**|\n|:-----|:-----|\n|Happy|Happy.|\n";
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(Files.createDirectories(folder).resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void importWritesOneDescriptorPerPageAndPrintsTheReviewNotes() throws IOException {
        Path output = temp.resolve("ucwa");

        int status = run("import", pages().toString(), "--output", output.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(output.resolve("widget.yaml")).content().contains("resource: widget", "name: humor");
        assertThat(output.resolve("Mood.yaml")).isRegularFile();
        assertThat(output.resolve("Feeling.yaml")).isRegularFile();
        assertThat(out.toString())
                .contains("review: widget.yaml properties[humor]: sample value 'Happy' fits several enumerations")
                .contains("review: widget.yaml operations[GET]: the page states no response body")
                .contains("3 descriptors written, 0 unchanged, 0 warnings, 0 errors, 2 review notes in " + output);
    }

    @Test
    void importAppliesOverridesAndPrintsTheirWarnings() throws IOException {
        Path output = temp.resolve("ucwa");
        Path overrides = temp.resolve("overrides");
        write(overrides, "widget.yaml", "resource: widget\nproperties:\n  - name: humor\n    type: Mood\n");
        write(overrides, "sprocket.yaml", "resource: sprocket\n");
        write(overrides, "widgit.yaml", "resource: widgit\n");

        int status = run("import", pages().toString(), "-o", output.toString(), "--overrides", overrides.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(output.resolve("widget.yaml")).content().contains("type: Mood").doesNotContain("fits several");
        assertThat(err.toString()).contains("sprocket.yaml:1:1: warning: override matches no page of the folder"
                + " (sprocket_ref.md); it is not applied [override]")
                .contains("widgit.yaml:1:1: warning: override matches no page of the folder (widgit_ref.md); it is"
                        + " not applied; did you mean 'widget'? [override]");
        assertThat(out.toString()).doesNotContain("properties[humor]").contains("2 warnings, 0 errors, 1 review note in ");
    }

    @Test
    void aReimportReplacesAHandEditOfAnImportedDescriptorAndKeepsTheSameEditMadeInAnOverride() throws IOException {
        Path pages = pages();
        Path output = temp.resolve("ucwa");
        Path overrides = Files.createDirectories(temp.resolve("overrides"));
        assertThat(run("import", pages.toString(), "-o", output.toString(), "--overrides", overrides.toString()))
                .isZero();
        Path widget = output.resolve("widget.yaml");
        String imported = Files.readString(widget, StandardCharsets.UTF_8);

        Files.writeString(widget, imported.replace("The widget's humor.", "Edited by hand."), StandardCharsets.UTF_8);
        assertThat(run("import", pages.toString(), "-o", output.toString(), "--overrides", overrides.toString()))
                .isZero();
        assertThat(widget).content(StandardCharsets.UTF_8).isEqualTo(imported);
        assertThat(out.toString()).contains("1 descriptor written, 2 unchanged");

        write(overrides, "widget.yaml", "properties:\n  - name: humor\n    description: Edited in an override.\n");
        for (int run = 0; run < 2; run++) {
            assertThat(run("import", pages.toString(), "-o", output.toString(), "--overrides", overrides.toString()))
                    .isZero();
            assertThat(widget).content(StandardCharsets.UTF_8).contains("description: Edited in an override.")
                    .doesNotContain("The widget's humor.");
        }
    }

    @Test
    void importReportsAnUnreadableOverrideAsAnError() throws IOException {
        Path overrides = temp.resolve("overrides");
        write(overrides, "widget.yaml", "resource: [widget\n");

        int status = run("import", pages().toString(), "-o", temp.resolve("ucwa").toString(),
                "--overrides", overrides.toString());

        assertThat(status).isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(err.toString()).contains("widget.yaml").contains("override cannot be read");
    }

    @Test
    void importOfAMissingFolderIsAnInputOutputError() {
        int status = run("import", temp.resolve("absent").toString(), "-o", temp.resolve("ucwa").toString());

        assertThat(status).isEqualTo(UcwakitCommand.IO_ERROR);
        assertThat(err.toString()).contains("cannot import");
    }
}
