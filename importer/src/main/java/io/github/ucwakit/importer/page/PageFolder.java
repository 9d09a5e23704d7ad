package io.github.ucwakit.importer.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The reference pages of one folder, in sorted order. Other files of the folder are ignored. Linked pages are
 * looked up here, so a link to a page that the folder does not hold resolves to nothing.
 */
public final class PageFolder {

    private final Path directory;
    private final List<String> fileNames;
    private final Map<String, String> byLowerCaseName;

    private PageFolder(Path directory, List<String> fileNames) {
        this.directory = directory;
        this.fileNames = List.copyOf(fileNames);
        Map<String, String> lower = new TreeMap<>();
        for (String fileName : fileNames) {
            lower.putIfAbsent(fileName.toLowerCase(Locale.ROOT), fileName);
        }
        this.byLowerCaseName = lower;
    }

    /** Lists the reference pages of a folder (not recursively). */
    public static PageFolder scan(Path directory) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> PageKind.of(name) != null)
                    .sorted()
                    .forEach(names::add);
        }
        return new PageFolder(directory, names);
    }

    public List<String> fileNames() {
        return fileNames;
    }

    public List<String> fileNames(PageKind kind) {
        return fileNames.stream().filter(name -> PageKind.of(name) == kind).toList();
    }

    /** Reads one page of the folder. */
    public PageFile read(String fileName) {
        try {
            List<String> raw = Files.readAllLines(directory.resolve(fileName), StandardCharsets.UTF_8);
            List<NumberedLine> lines = new ArrayList<>(raw.size());
            for (int i = 0; i < raw.size(); i++) {
                lines.add(new NumberedLine(i + 1, stripBom(raw.get(i), i)));
            }
            String name = fileName.substring(0, fileName.length() - PageKind.SUFFIX.length());
            return new PageFile(fileName, name, PageKind.of(fileName), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Whether the folder holds exactly this file name. */
    public boolean contains(String fileName) {
        return fileNames.contains(fileName);
    }

    /** The file of the folder whose name equals the given one apart from case, if any. */
    public Optional<String> findIgnoringCase(String fileName) {
        return Optional.ofNullable(byLowerCaseName.get(fileName.toLowerCase(Locale.ROOT)));
    }
}
