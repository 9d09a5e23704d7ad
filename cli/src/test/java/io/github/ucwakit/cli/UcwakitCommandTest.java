package io.github.ucwakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UcwakitCommandTest {

    /** A valid descriptor of one resource, which the launcher tests use too. */
    static final String GOOD = """
            resource: note
            description: A short text.
            properties:
              - name: text
                type: string
                description: The text.
            links:
              - rel: self
                description: The note itself.
            """;

    private static final String TAG = """
            resource: tag
            description: A label.
            properties:
              - name: label
                type: string
                description: The label.
            """;

    private static final String BAD = """
            resource: note
            properties:
              - name: text
                type: strng
            """;

    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine command = UcwakitCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private Path descriptors(String content) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("ucwa"));
        Files.writeString(folder.resolve("note.yaml"), content, StandardCharsets.UTF_8);
        return folder;
    }

    private List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void validateAcceptsAGoodDescriptor() throws IOException {
        assertThat(run("validate", descriptors(GOOD).toString())).isZero();
        assertThat(out.toString()).contains("valid: 1 resource, 0 enumerations, 0 warnings");
    }

    @Test
    void validateReportsEveryProblemWithItsLocation() throws IOException {
        assertThat(run("validate", descriptors(BAD).toString())).isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(err.toString()).containsPattern("note\\.yaml:4:11: .*strng");
    }

    @Test
    void generateWritesTheClassesAndItsState() throws IOException {
        Path output = temp.resolve("out");
        int status = run("generate", "--package", "com.example.notes", "--output", output.toString(),
                descriptors(GOOD).toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(output.resolve("com/example/notes/Note.java")).isRegularFile();
        assertThat(output.resolve("META-INF/services/io.github.ucwakit.runtime.BindingProvider")).isRegularFile();
        assertThat(output.resolve(GenerateCommand.DEFAULT_STATE)).isRegularFile();
        assertThat(out.toString()).contains("1 resource, 0 enumerations: 5 files written, 0 unchanged, 0 deleted");
    }

    @Test
    void generatingAgainWithNothingChangedTouchesNoFile() throws IOException {
        Path output = temp.resolve("out");
        String[] args = {"generate", "-p", "com.example.notes", "-o", output.toString(), descriptors(GOOD).toString()};
        assertThat(run(args)).isZero();
        for (Path file : files(output)) {
            Files.setLastModifiedTime(file, OLD);
        }

        assertThat(run(args)).isZero();

        assertThat(out.toString()).contains("up to date: 1 resource, 0 enumerations, 5 files unchanged");
        for (Path file : files(output)) {
            assertThat(Files.getLastModifiedTime(file)).as(file.toString()).isEqualTo(OLD);
        }
    }

    @Test
    void generateDeletesTheClassesOfADeletedDescriptor() throws IOException {
        Path output = temp.resolve("out");
        Path folder = descriptors(GOOD);
        Files.writeString(folder.resolve("tag.yaml"), TAG, StandardCharsets.UTF_8);
        String[] args = {"generate", "-p", "com.example.notes", "-o", output.toString(), folder.toString()};
        assertThat(run(args)).isZero();
        assertThat(output.resolve("com/example/notes/Tag.java")).isRegularFile();

        Files.delete(folder.resolve("tag.yaml"));
        assertThat(run(args)).isZero();

        assertThat(output.resolve("com/example/notes/Tag.java")).doesNotExist();
        assertThat(output.resolve("com/example/notes/TagBinding.java")).doesNotExist();
        assertThat(out.toString())
                .contains("deleted " + Path.of("com", "example", "notes", "Tag.java") + " (no longer generated)")
                .contains("3 deleted");
    }

    @Test
    void stateCanLiveElsewhereOrNowhere() throws IOException {
        Path output = temp.resolve("out");
        Path state = temp.resolve("state/ucwakit.state");
        assertThat(run("generate", "-p", "com.example.notes", "-o", output.toString(), "--state", state.toString(),
                descriptors(GOOD).toString())).isZero();
        assertThat(state).isRegularFile();
        assertThat(output.resolve(GenerateCommand.DEFAULT_STATE)).doesNotExist();

        Path stateless = temp.resolve("stateless");
        assertThat(run("generate", "-p", "com.example.notes", "-o", stateless.toString(), "--no-state",
                descriptors(GOOD).toString())).isZero();
        assertThat(run("generate", "-p", "com.example.notes", "-o", stateless.toString(), "--no-state",
                descriptors(GOOD).toString())).isZero();
        assertThat(out.toString()).contains("0 files written, 5 unchanged");
        assertThat(stateless.resolve(".ucwakit")).doesNotExist();
    }

    @Test
    void generateWritesNothingOnADescriptorError() throws IOException {
        Path output = temp.resolve("out");
        int status = run("generate", "-p", "com.example.notes", "-o", output.toString(), descriptors(BAD).toString());
        assertThat(status).isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(output).doesNotExist();
    }

    @Test
    void docsWritesMarkdownAndHtmlPages() throws IOException {
        Path output = temp.resolve("docs");
        int status = run("docs", "-o", output.toString(), "--title", "Notes", descriptors(GOOD).toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(output.resolve("markdown")).isDirectory();
        assertThat(output.resolve("html")).isDirectory();
        assertThat(files(output.resolve("html"))).anyMatch(f -> f.toString().endsWith(".html"));
        assertThat(out.toString()).containsPattern("\\d+ pages: \\d+ files written, 0 unchanged, 0 deleted");
        assertThat(output.resolve("html/sign-in-and-events.html")).content().contains("<svg", "Signing in");
        assertThat(output.resolve("markdown/sign-in-and-events.svg")).content().startsWith("<?xml");

        assertThat(run("docs", "-o", output.toString(), "--title", "Notes", descriptors(GOOD).toString())).isZero();
        assertThat(out.toString()).contains(": 0 files written");
    }

    @Test
    void docsWritesOnlyTheFormatsAsked() throws IOException {
        Path output = temp.resolve("docs");
        assertThat(run("docs", "-o", output.toString(), "--format", "MarkDown", descriptors(GOOD).toString()))
                .as(err.toString()).isZero();
        assertThat(output.resolve("markdown")).isDirectory();
        assertThat(output.resolve("html")).doesNotExist();
    }

    @Test
    void docsWritesNothingOnADescriptorError() throws IOException {
        Path output = temp.resolve("docs");
        assertThat(run("docs", "-o", output.toString(), descriptors(BAD).toString()))
                .isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(err.toString()).containsPattern("note\\.yaml:4:11: .*strng");
        assertThat(output).doesNotExist();
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        assertThat(run("generate", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--package");
    }
}
