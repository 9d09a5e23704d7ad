package io.github.ucwakit.importer.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesOnlyWhenTheBytesChange() throws Exception {
        Path file = dir.resolve("sub/x.yaml");
        assertThat(ChangedFileWriter.write(file, "a: 1\n")).isTrue();
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);

        assertThat(ChangedFileWriter.write(file, "a: 1\n")).isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);

        assertThat(ChangedFileWriter.write(file, "a: 2\n")).isTrue();
        assertThat(Files.readString(file)).isEqualTo("a: 2\n");
    }
}
