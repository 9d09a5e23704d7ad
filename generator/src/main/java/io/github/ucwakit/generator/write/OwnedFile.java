package io.github.ucwakit.generator.write;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file a run wrote and owns alone: the next run rewrites it when its bytes change and deletes it when nothing
 * produces it any more.
 *
 * @param root the output folder, absolute
 * @param path relative to {@code root}
 * @param sha256 the content hash of the bytes the run left there
 */
public record OwnedFile(Path root, Path path, String sha256) {

    public OwnedFile {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The file's location on disk. */
    public Path target() {
        return root.resolve(path);
    }
}
