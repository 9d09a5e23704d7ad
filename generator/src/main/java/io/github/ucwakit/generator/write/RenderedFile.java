package io.github.ucwakit.generator.write;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file ready to be written: its output folder, its path relative to that folder, and its exact bytes.
 *
 * @param root the output folder the file belongs to
 * @param path relative to {@code root}
 * @param bytes UTF-8 text with {@code \n} line endings
 */
public record RenderedFile(Path root, Path path, byte[] bytes) {

    public RenderedFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file's location on disk. */
    public Path target() {
        return root.resolve(path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedFile other
                && root.equals(other.root)
                && path.equals(other.path)
                && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * root.hashCode() + path.hashCode()) + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "RenderedFile[" + target() + ", " + bytes.length + " bytes]";
    }
}
