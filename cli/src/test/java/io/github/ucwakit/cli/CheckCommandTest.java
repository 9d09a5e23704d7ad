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

/** {@code ucwakit check}: import, generation, compilation and conformance of a folder, and its exit status. */
class CheckCommandTest {

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
            |count|How many.|

            ## Operations

            ### GET

            Returns the widget.

            #### JSON Response

            ```
            HTTP/1.1 200 OK
            {
              "rel" : "widget",
              "count" : 3,
              "_links" : { "self" : { "href" : "/widgets/1" } }
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
        Files.writeString(folder.resolve("widget_ref.md"), WIDGET, StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void checkExitsZeroWhenEveryBodyPassesAndWritesBothReports() throws IOException {
        Path work = temp.resolve("work");

        int status = run("check", pages().toString(), "--work", work.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(work.resolve("report/conformance-report.json")).isRegularFile();
        assertThat(work.resolve("report/conformance-report.md")).isRegularFile();
        assertThat(out.toString()).contains("1 bodies, 0 failed; report in " + work.resolve("report"));
    }

    @Test
    void checkExitsNonZeroWhenABodyFails() throws IOException {
        Path overrides = Files.createDirectories(temp.resolve("overrides"));
        Files.writeString(overrides.resolve("widget.yaml"), "remove:\n  properties: [count]\n");

        int status = run("check", pages().toString(), "-w", temp.resolve("work").toString(),
                "--overrides", overrides.toString());

        assertThat(status).isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(out.toString()).contains("1 bodies, 1 failed");
    }
}
