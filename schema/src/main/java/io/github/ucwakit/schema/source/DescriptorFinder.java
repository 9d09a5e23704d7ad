package io.github.ucwakit.schema.source;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.WarningKind;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the descriptor files ({@code *.yaml}, {@code *.yml}, {@code *.json}) under descriptor folders,
 * recursively. Folders are taken in the order given; the files of one folder are sorted by relative path, so the
 * result never depends on the order the file system lists them in.
 */
public final class DescriptorFinder {

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    /** The descriptor files under the folders; a missing or unreadable folder becomes an error in {@code sink}. */
    public List<DescriptorFile> find(List<Path> folders, List<Diagnostic> sink) {
        List<DescriptorFile> found = new ArrayList<>();
        for (Path folder : folders) {
            found.addAll(findIn(folder, sink));
        }
        return List.copyOf(found);
    }

    private List<DescriptorFile> findIn(Path folder, List<Diagnostic> sink) {
        SourceLocation where = SourceLocation.ofFile(display(folder));
        if (!Files.exists(folder)) {
            sink.add(Diagnostic.error(where, "descriptor folder not found"));
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            sink.add(Diagnostic.error(where, "not a folder; descriptors are read from folders"));
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            List<DescriptorFile> files = paths.filter(Files::isRegularFile)
                    .filter(DescriptorFinder::isDescriptor)
                    .map(path -> describe(folder, path))
                    .sorted(Comparator.comparing(DescriptorFile::relativePath))
                    .toList();
            if (files.isEmpty()) {
                sink.add(Diagnostic.warning(WarningKind.EMPTY_FOLDER, where, "no descriptor (*.yaml, *.yml, *.json) in this folder"));
            }
            return files;
        } catch (IOException | UncheckedIOException e) {
            sink.add(Diagnostic.error(where, "cannot list the descriptor folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isDescriptor(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static DescriptorFile describe(Path folder, Path file) {
        Path relative = folder.relativize(file);
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return new DescriptorFile(file, String.join("/", parts), display(folder.resolve(relative)));
    }

    private static String display(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }
}
