package io.github.ucwakit.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path root;

    private RenderedFile file(String path, String text) {
        return new RenderedFile(root, Path.of(path), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesNewFilesCreatingTheirFolders() throws IOException {
        WriteReport report = new OutputWriter().write(List.of(file("a/b/A.java", "one"), file("B.java", "two")));
        assertThat(report.written()).containsExactly(Path.of("a/b/A.java"), Path.of("B.java"));
        assertThat(report.unchanged()).isEmpty();
        assertThat(root.resolve("a/b/A.java")).hasContent("one");
        assertThat(root.resolve("B.java")).hasContent("two");
    }

    @Test
    void leavesFilesWithTheSameBytesUntouched() throws IOException {
        new OutputWriter().write(List.of(file("A.java", "one"), file("B.java", "two")));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(root.resolve("A.java"), old);
        Files.setLastModifiedTime(root.resolve("B.java"), old);

        WriteReport report = new OutputWriter().write(List.of(file("A.java", "one"), file("B.java", "changed")));

        assertThat(report.unchanged()).containsExactly(Path.of("A.java"));
        assertThat(report.written()).containsExactly(Path.of("B.java"));
        assertThat(Files.getLastModifiedTime(root.resolve("A.java"))).isEqualTo(old);
        assertThat(root.resolve("B.java")).hasContent("changed");
    }

    @Test
    void leavesNoTemporaryFileAndDeletesNothing() throws IOException {
        Files.writeString(root.resolve("Stale.java"), "kept");
        new OutputWriter().write(List.of(file("A.java", "one")));
        new OutputWriter().write(List.of(file("A.java", "two")));
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("A.java", "Stale.java");
        }
    }
}
