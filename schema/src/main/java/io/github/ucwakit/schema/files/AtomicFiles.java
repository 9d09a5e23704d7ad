package io.github.ucwakit.schema.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * Writes files so that a crash or a failure mid-write never leaves half a file: the bytes go to a temporary sibling,
 * which is then moved over the target in one step. The one way the generator, the docs and the importer write
 * their output.
 */
public final class AtomicFiles {

    /**
     * What a file written in place would get: read and write for the owner, read for the others, less what the
     * process's umask takes away (a temporary file alone would be the owner's only).
     */
    private static final FileAttribute<Set<PosixFilePermission>> READABLE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Writes {@code bytes} to {@code target} unless it already holds exactly them, creating its folders; returns
     * whether it wrote. A file left alone keeps its modification time, so builds that watch it do nothing.
     */
    public static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        replace(target, bytes);
        return true;
    }

    /**
     * Replaces {@code target}'s content, creating its folders: writes a temporary sibling, then moves it into place,
     * so that a reader never sees half a file. When writing fails, the target is as it was.
     */
    public static void replace(Path target, byte[] bytes) throws IOException {
        replace(target, out -> out.write(bytes));
    }

    static void replace(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            // Asked first: createDirectories on an existing folder costs an exception, for every generated file.
            Files.createDirectories(directory);
        }
        String prefix = target.getFileName().toString();
        Path temporary = directory.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(directory, prefix, ".tmp", READABLE)
                : Files.createTempFile(directory, prefix, ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
