package io.github.ucwakit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check} goal: a thin shell over the page check that fails the build when a body fails. */
class CheckMojoTest {

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

            ## Operations

            ### GET

            Returns the note.

            #### JSON Response

            ```
            HTTP/1.1 200 OK
            {
              "rel" : "note",
              "text" : "Hello",
              "_links" : { "self" : { "href" : "/notes/1" } }
            }
            ```
            """;

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    private CheckMojo mojo(Path overrides) throws IOException {
        Path pages = Files.createDirectories(temp.resolve("pages"));
        Files.writeString(pages.resolve("note_ref.md"), NOTE, StandardCharsets.UTF_8);
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.pagesDirectory = pages.toFile();
        mojo.overridesDirectory = overrides.toFile();
        mojo.checkDirectory = temp.resolve("check").toFile();
        mojo.packageName = "com.example.check";
        return mojo;
    }

    @Test
    void checksTheFolderAndLogsWhereTheReportIs() throws Exception {
        mojo(temp.resolve("no-overrides")).execute();

        assertThat(temp.resolve("check/report/conformance-report.md")).isRegularFile();
        assertThat(temp.resolve("check/generated-sources/com/example/check/Note.java")).isRegularFile();
        assertThat(log.at("INFO")).last().asString().isEqualTo("UCWA reference check of " + temp.resolve("pages")
                + ": 1 bodies, 0 failed; report in " + temp.resolve("check/report"));
    }

    @Test
    void aBodyThatFailsFailsTheBuild() throws IOException {
        Path overrides = Files.createDirectories(temp.resolve("overrides"));
        Files.writeString(overrides.resolve("note.yaml"), "remove:\n  properties: [text]\n");

        assertThatThrownBy(() -> mojo(overrides).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 bodies, 1 failed");
    }
}
