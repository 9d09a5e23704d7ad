package io.github.ucwakit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportMojoTest {

    private static final String NOTE = """
            ---
            title: note
            description: note represents a short text.
            ---
            # note

            Represents a short text.

            ## Resource description

            A short text.

            ### Properties

            |**Name**|**Description**|
            |:-----|:-----|
            |text|The text.|
            |mood|The mood of the note.|

            ### Links

            |**Link**|**Description**|
            |:-----|:-----|
            |self|The link to the current resource.|
            |self|The link to the current resource.|

            ## Operations

            ### GET

            Returns the note.

            #### JSON Response

            ```
            HTTP/1.1 200 OK
            {
              "rel" : "note",
              "text" : "Hello",
              "mood" : "Happy"
            }
            ```
            """;

    private static final String MOOD = """
            ---
            title: Mood
            ---
            # Mood

            A mood.

            ## Members

            |**Name**|**Description**|
            |:-----|:-----|
            |Happy|Happy.|
            |Sad|Sad.|
            """;

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    private ImportMojo mojo(Path pages, Path overrides) {
        ImportMojo mojo = new ImportMojo();
        mojo.setLog(log);
        mojo.pagesDirectory = pages.toFile();
        mojo.descriptorDirectory = temp.resolve("ucwa").toFile();
        mojo.overridesDirectory = overrides.toFile();
        return mojo;
    }

    private Path pages() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("pages"));
        Files.writeString(folder.resolve("note_ref.md"), NOTE, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("Mood_ref.md"), MOOD, StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void importsThePagesAndLogsEveryWarningAndReviewNote() throws Exception {
        mojo(pages(), temp.resolve("no-overrides")).execute();

        assertThat(temp.resolve("ucwa/note.yaml")).content().contains("resource: note", "type: Mood");
        assertThat(temp.resolve("ucwa/Mood.yaml")).content().contains("enumeration: Mood");
        assertThat(log.at("WARN")).singleElement().asString()
                .startsWith("note_ref.md:").contains("warning: row 'self' listed again in the Links table");
        assertThat(log.at("INFO")).containsExactly(
                "review: note.yaml operations[GET]: the page states no response body; the response samples return note",
                "UCWA reference import of " + temp.resolve("pages") + " into " + temp.resolve("ucwa")
                        + ": 2 descriptors written, 0 unchanged, 1 warning, 0 errors, 1 review note");
    }

    @Test
    void secondRunWritesNothing() throws Exception {
        Path pages = pages();
        mojo(pages, temp.resolve("no-overrides")).execute();

        mojo(pages, temp.resolve("no-overrides")).execute();

        assertThat(log.at("INFO")).last().asString().contains("0 descriptors written, 2 unchanged");
    }

    @Test
    void anUnreadableOverrideFailsTheBuildWithItsError() throws IOException {
        Path overrides = Files.createDirectories(temp.resolve("overrides"));
        Files.writeString(overrides.resolve("note.yaml"), "resource: [note\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> mojo(pages(), overrides).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("1 error in UCWA descriptors:")
                .hasMessageContaining("override cannot be read");
        assertThat(log.at("ERROR")).singleElement().asString().contains("note.yaml");
    }

    @Test
    void aMissingPageFolderIsAnExecutionError() {
        assertThatThrownBy(() -> mojo(temp.resolve("absent"), temp.resolve("none")).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Cannot import the reference pages");
    }

    @Test
    void skipImportsNothing() throws Exception {
        ImportMojo mojo = mojo(pages(), temp.resolve("none"));
        mojo.skip = true;

        mojo.execute();

        assertThat(temp.resolve("ucwa")).doesNotExist();
        assertThat(log.at("INFO")).containsExactly("Skipping UCWA reference import (ucwakit.skip)");
    }
}
