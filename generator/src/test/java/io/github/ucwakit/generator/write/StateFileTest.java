package io.github.ucwakit.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.WarningKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir
    Path temp;

    private GenerationState state() {
        Path root = temp.resolve("out\twith tab").toAbsolutePath();
        return new GenerationState("c0ffee", 3, 2,
                new InputSnapshot(new TreeMap<>(Map.of("/b/contact.yaml", "bb", "/a/contact.yaml", "aa"))),
                List.of(new OwnedFile(root, Path.of("com", "example", "Z.java"), "zz"),
                        new OwnedFile(root, Path.of("com", "example", "A.java"), "11")),
                List.of(new OwnedService(root, Path.of("META-INF", "services", "x.Y"), "com.example.P", "pp")),
                List.of(Diagnostic.warning(WarningKind.JAVA_RENAME, new SourceLocation("ucwa/odd\nname.yaml", 4, 7),
                        "a message with a \\ backslash")));
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        StateFile file = new StateFile(temp.resolve("state/generate.state"));
        file.write(state());
        GenerationState read = file.read().orElseThrow();
        assertThat(read.configuration()).isEqualTo("c0ffee");
        assertThat(read.resources()).isEqualTo(3);
        assertThat(read.enumerations()).isEqualTo(2);
        assertThat(read.inputs()).isEqualTo(state().inputs());
        assertThat(read.files()).containsExactlyInAnyOrderElementsOf(state().files());
        assertThat(read.services()).isEqualTo(state().services());
        assertThat(read.warnings()).isEqualTo(state().warnings());
    }

    @Test
    void writesOneSortedRecordALine() {
        String text = StateFile.format(state());
        assertThat(text.lines()).startsWith(
                "# ucwakit generation state. Delete this file to make the next run generate everything again.",
                "format\t2", "configuration\tc0ffee", "counts\t3\t2", "input\taa\t/a/contact.yaml",
                "input\tbb\t/b/contact.yaml");
        assertThat(text).contains("\tcom/example/A.java\n").contains("out\\twith tab")
                .contains("warning\tjava-rename\tucwa/odd\\nname.yaml\t4\t7\ta message with a \\\\ backslash\n");
        assertThat(text.indexOf("A.java")).isLessThan(text.indexOf("Z.java"));
        assertThat(StateFile.format(state())).isEqualTo(text);
    }

    @Test
    void aMissingFileIsNoState() throws IOException {
        assertThat(new StateFile(temp.resolve("none.state")).read()).isEmpty();
    }

    @Test
    void anotherFormatOrABrokenFileIsNoState() throws IOException {
        Path path = temp.resolve("generate.state");
        StateFile file = new StateFile(path);
        file.write(state());
        String good = Files.readString(path, StandardCharsets.UTF_8);

        Files.writeString(path, good.replace("format\t2", "format\t1"), StandardCharsets.UTF_8);
        assertThat(file.read()).isEmpty();
        Files.writeString(path, good.replace("counts\t3\t2", "counts\tthree\t2"), StandardCharsets.UTF_8);
        assertThat(file.read()).isEmpty();
        Files.writeString(path, good.replace("java-rename", "no-such-kind"), StandardCharsets.UTF_8);
        assertThat(file.read()).isEmpty();
        Files.writeString(path, good + "surprise\tfield\n", StandardCharsets.UTF_8);
        assertThat(file.read()).isEmpty();
        Files.writeString(path, good.replace("com/example/A.java", "../A.java"), StandardCharsets.UTF_8);
        assertThat(file.read()).isEmpty();
        Files.writeString(path, good.substring(0, good.indexOf("counts")), StandardCharsets.UTF_8);
        assertThat(file.read()).isEmpty();
    }
}
