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

class UcwakitCommandTest {

    private static final String GOOD = """
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

    private static final String BAD = """
            resource: note
            properties:
              - name: text
                type: strng
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

    private Path descriptors(String content) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("ucwa"));
        Files.writeString(folder.resolve("note.yaml"), content, StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void validateAcceptsAGoodDescriptor() throws IOException {
        assertThat(run("validate", descriptors(GOOD).toString())).isZero();
        assertThat(out.toString()).contains("valid: 1 resources, 0 enumerations");
    }

    @Test
    void validateReportsEveryProblemWithItsLocation() throws IOException {
        assertThat(run("validate", descriptors(BAD).toString())).isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(err.toString()).containsPattern("note\\.yaml:4:11: .*strng");
    }

    @Test
    void generateWritesTheClasses() throws IOException {
        Path output = temp.resolve("out");
        int status = run("generate", "--package", "com.example.notes", "--output", output.toString(),
                descriptors(GOOD).toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(output.resolve("com/example/notes/Note.java")).isRegularFile();
        assertThat(out.toString()).contains("1 resources, 0 enumerations");
    }

    @Test
    void generateWritesNothingOnADescriptorError() throws IOException {
        Path output = temp.resolve("out");
        int status = run("generate", "-p", "com.example.notes", "-o", output.toString(), descriptors(BAD).toString());
        assertThat(status).isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(output).doesNotExist();
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        assertThat(run("generate", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--package");
    }
}
