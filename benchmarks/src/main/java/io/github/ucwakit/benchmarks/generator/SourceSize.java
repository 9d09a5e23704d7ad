package io.github.ucwakit.benchmarks.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The size of a folder of Java sources: files and lines, the lines split into blank, Javadoc or comment, and code.
 *
 * @param files the {@code .java} files
 * @param lines every line
 * @param blank lines with nothing but white space
 * @param comments lines inside a {@code /*} comment (Javadoc included) or starting with {@code //}
 * @param code the other lines
 */
public record SourceSize(int files, int lines, int blank, int comments, int code) {

    /** Counts the {@code .java} files below {@code folder}. */
    public static SourceSize of(Path folder) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(folder)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        int lines = 0;
        int blank = 0;
        int comments = 0;
        for (Path source : sources) {
            boolean inComment = false;
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                String text = line.strip();
                lines++;
                if (!inComment && text.startsWith("/*")) {
                    inComment = true;
                }
                if (inComment) {
                    comments++;
                    inComment = !text.endsWith("*/");
                } else if (text.isEmpty()) {
                    blank++;
                } else if (text.startsWith("//")) {
                    comments++;
                }
            }
        }
        return new SourceSize(sources.size(), lines, blank, comments, lines - blank - comments);
    }

    /** The sources themselves, for a compiler's argument file. */
    static List<Path> sources(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
