package io.github.ucwakit.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    private static final Set<PosixFilePermission> READ = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    @TempDir
    Path folder;

    @Test
    void aReplacedFileHoldsTheBytes() throws Exception {
        Path target = folder.resolve("a/b/Example.java");
        AtomicFiles.replace(target, "first".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.replace(target, "second".getBytes(StandardCharsets.UTF_8));
        assertThat(target).hasContent("second");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aGeneratedFileIsAsReadableAsAFileWrittenInPlace() throws Exception {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(folder.resolve("plain.txt"), "plain");
        Path generated = folder.resolve("Generated.java");
        AtomicFiles.replace(generated, "generated".getBytes(StandardCharsets.UTF_8));

        Set<PosixFilePermission> expected = EnumSet.copyOf(Files.getPosixFilePermissions(plain));
        expected.retainAll(READ);
        Set<PosixFilePermission> actual = EnumSet.copyOf(Files.getPosixFilePermissions(generated));
        actual.retainAll(READ);
        assertThat(actual).isEqualTo(expected).contains(PosixFilePermission.OWNER_READ);
    }
}
