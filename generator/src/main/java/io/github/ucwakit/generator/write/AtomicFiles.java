package io.github.ucwakit.generator.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** File operations the writer and the state file share. */
final class AtomicFiles {

    /**
     * What a file written in place would get: read and write for the owner, read for the others, less what the
     * process's umask takes away (a temporary file alone would be the owner's only).
     */
    private static final FileAttribute<Set<PosixFilePermission>> READABLE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));

    private AtomicFiles() {}

    /**
     * Replaces {@code target}'s content: writes a temporary sibling, then moves it into place, so that a reader
     * never sees half a file.
     */
    static void replace(Path target, byte[] bytes) throws IOException {
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
            Files.write(temporary, bytes);
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

    /**
     * Deletes {@code root/path} if it is there, then every folder between it and {@code root} that the deletion
     * left empty; {@code root} itself stays. Returns whether a file was deleted.
     */
    static boolean deletePruning(Path root, Path path) throws IOException {
        Path target = root.resolve(path);
        if (!Files.isRegularFile(target) || !Files.deleteIfExists(target)) {
            return false;
        }
        for (Path folder = path.getParent(); folder != null; folder = folder.getParent()) {
            try {
                Files.deleteIfExists(root.resolve(folder));
            } catch (DirectoryNotEmptyException e) {
                break;
            }
        }
        return true;
    }
}
