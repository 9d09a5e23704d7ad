package io.github.ucwakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --warnings}, the one-line summary of many warnings of a kind, and the counts a run ends with. */
class WarningsOptionTest {

    /** A resource with twelve links to resources no descriptor describes. */
    private static final String LINKS = "resource: hub\nlinks:\n"
            + IntStream.rangeClosed(1, 12).mapToObj(i -> "  - rel: spoke" + i + "\n").collect(Collectors.joining());

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

    private String folder(String content) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("ucwa"));
        Files.writeString(folder.resolve("hub.yaml"), content, StandardCharsets.UTF_8);
        return folder.toString();
    }

    @Test
    void manyWarningsOfOneKindArePrintedAsOneLine() throws IOException {
        assertThat(run("validate", folder(LINKS))).isZero();
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("12 warnings [undescribed-reference], the first ")
                .endsWith("(set undescribed-reference=warning to list them all, undescribed-reference=ignore to"
                        + " drop them)");
        assertThat(out.toString()).contains("valid: 1 resource, 0 enumerations, 12 warnings");
    }

    @Test
    void namingTheKindListsEveryWarningOrDropsThemAll() throws IOException {
        assertThat(run("validate", "--warnings", "undescribed-reference=warning", folder(LINKS))).isZero();
        assertThat(err.toString().lines()).hasSize(12).allMatch(line -> line.endsWith("[undescribed-reference]"));

        assertThat(run("validate", "--warnings", "undescribed-reference=ignore", folder(LINKS))).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("valid: 1 resource, 0 enumerations, 0 warnings");
    }

    @Test
    void aKindSetToErrorFailsValidateAndGenerateWithTheirCounts() throws IOException {
        String folder = folder(LINKS);
        assertThat(run("validate", "--warnings", "undescribed-reference=error", folder))
                .isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(out.toString()).isEqualTo("invalid: 12 errors, 0 warnings" + System.lineSeparator());

        Path output = temp.resolve("out");
        assertThat(run("generate", "-p", "com.example.hub", "-o", output.toString(),
                "--warnings=undescribed-reference=error", folder)).isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(out.toString()).contains("not generated: 12 errors, 0 warnings");
        assertThat(output).doesNotExist();
    }

    @Test
    void validateEndsWithItsCountsWhenItFails() throws IOException {
        assertThat(run("validate", folder("resource: hub\nproperties:\n  - name: size\n    type: nt\n")))
                .isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(err.toString()).contains("hub.yaml:4:11: property 'size': unknown type 'nt'; did you mean 'int'?");
        assertThat(out.toString()).isEqualTo("invalid: 1 error, 0 warnings" + System.lineSeparator());
    }

    @Test
    void anUnknownKindIsAUsageErrorNamingTheKnownOnes() throws IOException {
        assertThat(run("validate", "--warnings", "undescribed=ignore", folder(LINKS)))
                .isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--warnings: unknown warning kind 'undescribed'; kinds: "
                + "undescribed-reference, empty-folder");
    }
}
