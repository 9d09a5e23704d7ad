package io.github.ucwakit.benchmarks.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The input of the generator benchmarks: the whole API's descriptors of module {@code ucwa-api}, read from the
 * folder that the system property {@code ucwa.descriptors} names, by default {@code ucwa-api/src/main/ucwa} below
 * the working directory (the project root, where {@code benchmarks/run.sh} runs).
 */
public final class WholeApi {

    /** The package the benchmarks generate into, the one module {@code ucwa-api} uses. */
    public static final String PACKAGE = "io.github.ucwakit.api";

    private WholeApi() {}

    /** The folder of the whole API's descriptors; fails when it holds none. */
    public static Path descriptors() {
        Path folder = Path.of(System.getProperty("ucwa.descriptors", "ucwa-api/src/main/ucwa")).toAbsolutePath();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("no descriptor folder " + folder
                    + "; run from the project root or set -Ducwa.descriptors=DIR");
        }
        return folder;
    }

    /** Deletes a folder and everything below it; nothing when it does not exist. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
