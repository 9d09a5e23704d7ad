package io.github.ucwakit.schema.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    private static final Set<PosixFilePermission> READ = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    @TempDir
    Path folder;

    @Test
    void aReplacedFileHoldsTheBytesAndNoTemporaryFileStays() throws Exception {
        Path target = folder.resolve("a/b/Example.java");
        AtomicFiles.replace(target, bytes("first"));
        AtomicFiles.replace(target, bytes("second"));
        assertThat(target).hasContent("second");
        assertThat(filesIn(target.getParent())).containsExactly(target);
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAsItWas() throws Exception {
        Path target = Files.writeString(folder.resolve("Example.java"), "the old content");
        IOException failure = new IOException("disk full");

        assertThatThrownBy(() -> AtomicFiles.replace(target, out -> {
            out.write(bytes("the new con"));
            throw failure;
        })).isSameAs(failure);

        assertThat(target).hasContent("the old content");
        assertThat(filesIn(folder)).containsExactly(target);
    }

    @Test
    void aFirstWriteThatFailsHalfWayLeavesNoFile() throws Exception {
        Path target = folder.resolve("New.java");
        assertThatThrownBy(() -> AtomicFiles.replace(target, out -> {
            out.write(bytes("half"));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).doesNotExist();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aFileThatHoldsTheBytesIsLeftAlone() throws Exception {
        Path target = folder.resolve("same.yaml");
        assertThat(AtomicFiles.writeIfChanged(target, bytes("a: 1\n"))).isTrue();
        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(target, written);

        assertThat(AtomicFiles.writeIfChanged(target, bytes("a: 1\n"))).isFalse();
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(written);

        assertThat(AtomicFiles.writeIfChanged(target, bytes("a: 2\n"))).isTrue();
        assertThat(target).hasContent("a: 2");
    }

    @Test
    void aWrittenFileIsAsReadableAsAFileWrittenInPlace() throws Exception {
        Path plain = Files.writeString(folder.resolve("plain.txt"), "plain");
        Path generated = folder.resolve("Generated.java");
        AtomicFiles.replace(generated, bytes("generated"));

        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Without POSIX permissions there is no umask to compare with: the file must at least be readable.
            assertThat(generated).isReadable();
            return;
        }
        Set<PosixFilePermission> expected = EnumSet.copyOf(Files.getPosixFilePermissions(plain));
        expected.retainAll(READ);
        Set<PosixFilePermission> actual = EnumSet.copyOf(Files.getPosixFilePermissions(generated));
        actual.retainAll(READ);
        assertThat(actual).isEqualTo(expected).contains(PosixFilePermission.OWNER_READ);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Stream<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList().stream();
        }
    }
}
