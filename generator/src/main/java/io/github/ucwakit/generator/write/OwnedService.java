package io.github.ucwakit.generator.write;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A run's entry in a {@code META-INF/services} file that several runs may share (two executions of the goal
 * writing to one resource folder): the run owns only its block of lines, not the file.
 *
 * @param root the resource output folder, absolute
 * @param path the services file, relative to {@code root}
 * @param provider the provider class the block names
 * @param sha256 the content hash of the block's text
 */
public record OwnedService(Path root, Path path, String provider, String sha256) {

    public OwnedService {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The services file's location on disk. */
    public Path target() {
        return root.resolve(path);
    }
}
