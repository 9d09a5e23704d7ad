package io.github.ucwakit.docs;

import io.github.ucwakit.schema.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Owns the output folder: writes a file only when its bytes change, never half of one ({@link AtomicFiles}), and
 * deletes the pages of a format folder that
 * this run did not write. Records what it did, relative to the output folder.
 */
final class OutputFiles {

    private final Path root;
    private final List<Path> written = new ArrayList<>();
    private final List<Path> unchanged = new ArrayList<>();
    private final List<Path> deleted = new ArrayList<>();

    OutputFiles(Path root) {
        this.root = root;
    }

    /** Writes the text, UTF-8, unless the file already holds exactly those bytes. */
    void write(Path relative, String text) throws IOException {
        boolean changed = AtomicFiles.writeIfChanged(root.resolve(relative), text.getBytes(StandardCharsets.UTF_8));
        (changed ? written : unchanged).add(relative);
    }

    /**
     * Deletes the files directly in {@code folder} (relative to the output folder) with one of the given extensions
     * that are not in {@code keep} (file names).
     */
    void deleteOthers(Path folder, Set<String> extensions, Set<String> keep) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.list(dir)) {
            stale = files.filter(Files::isRegularFile)
                    .filter(f -> extensions.contains(extension(f.getFileName().toString())))
                    .filter(f -> !keep.contains(f.getFileName().toString()))
                    .sorted()
                    .toList();
        }
        for (Path file : stale) {
            Files.delete(file);
            deleted.add(folder.resolve(file.getFileName().toString()));
        }
    }

    DocsResult result(int pages) {
        return new DocsResult(pages, written, unchanged, deleted);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }
}
