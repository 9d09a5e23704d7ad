package io.github.ucwakit.schema;

import java.util.Objects;

/**
 * Where a node of a descriptor stands: the file as the user named it, a 1-based line and a 1-based column.
 * Its string form, {@code file:line:col}, is the prefix of every diagnostic.
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    /** A location that names only the file, for problems that concern a whole file. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 1, 1);
    }

    @Override
    public int compareTo(SourceLocation other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
