package io.github.ucwakit.schema.source;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A descriptor file found under a descriptor folder.
 *
 * @param path where to read it
 * @param relativePath its path relative to its descriptor folder, with {@code /} separators
 * @param displayName how messages name it: the folder as the user gave it joined with the relative path, with
 *     {@code /} separators
 */
public record DescriptorFile(Path path, String relativePath, String displayName) {

    /** Whether the file holds JSON (by its {@code .json} extension) rather than YAML. */
    public boolean isJson() {
        return relativePath.toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
