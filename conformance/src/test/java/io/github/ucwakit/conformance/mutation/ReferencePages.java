package io.github.ucwakit.conformance.mutation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The reference pages of a folder, held in memory by file name, with the pages each one links to. */
final class ReferencePages {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+_ref\\.md)");

    private final Map<String, String> pages;
    private final Map<String, String> byLowerCase = new TreeMap<>();

    private ReferencePages(Map<String, String> pages) {
        this.pages = pages;
        pages.keySet().forEach(name -> byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
    }

    /** Reads every {@code *_ref.md} page of the folder; fails naming the folder when it holds none. */
    static ReferencePages read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("no folder of reference pages at " + folder
                    + "; point -Ducwa.reference at one");
        }
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_ref.md")).sorted().toList()) {
                pages.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no reference page (*_ref.md) in " + folder);
        }
        return new ReferencePages(pages);
    }

    /** The resource pages (lower-case names), sorted. */
    List<String> resourcePages() {
        return pages.keySet().stream().filter(n -> Character.isLowerCase(n.charAt(0))).toList();
    }

    String text(String fileName) {
        return pages.get(fileName);
    }

    /**
     * The pages a mutation is imported with: the touched pages (as the mutation left them) and the pages of the
     * folder they link to (as they are), by file name.
     */
    Map<String, String> neighbourhood(Map<String, String> touched) {
        Map<String, String> folder = new TreeMap<>();
        for (String text : touched.values()) {
            for (String linked : linked(text)) {
                folder.put(linked, pages.get(linked));
            }
        }
        folder.putAll(touched);
        return folder;
    }

    /** The pages of the folder a text links to, matched ignoring case, sorted. */
    Set<String> linked(String text) {
        Set<String> linked = new TreeSet<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            String name = target.substring(target.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            String found = byLowerCase.get(name);
            if (found != null) {
                linked.add(found);
            }
        }
        return linked;
    }

    /** Lines of a text; the text keeps no line end of its own. */
    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }
}
