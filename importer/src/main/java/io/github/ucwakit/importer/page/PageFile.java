package io.github.ucwakit.importer.page;

import io.github.ucwakit.schema.SourceLocation;
import java.util.List;

/**
 * A reference page as read from disk.
 *
 * @param fileName the page's file name, used in every diagnostic about it
 * @param name the resource or enumeration name: the file name without {@code _ref.md}
 * @param lines the page's lines, numbered from 1
 */
public record PageFile(String fileName, String name, PageKind kind, List<NumberedLine> lines) {

    public PageFile {
        lines = List.copyOf(lines);
    }

    public SourceLocation at(int line) {
        return new SourceLocation(fileName, line, 1);
    }
}
