package io.github.ucwakit.generator.write;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Deletes generated files that are no longer produced, with the folders they leave empty. */
final class FileDeletion {

    private FileDeletion() {}

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
