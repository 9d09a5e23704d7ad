package io.github.ucwakit.schema;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads every descriptor under the given folders (recursively, {@code *.yaml}, {@code *.yml}, {@code *.json}, in
 * sorted order), validates them together, and resolves them into one model.
 */
public final class DescriptorLoader {

    public LoadResult load(List<Path> descriptorDirectories) {
        throw new UnsupportedOperationException("contract stub");
    }
}
