package io.github.ucwakit.schema.source;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Finds tab characters in the indentation of YAML text, which YAML forbids; one error per line that has one. */
final class IndentationTabs {

    private IndentationTabs() {}

    static List<Diagnostic> find(String text, String file) {
        List<Diagnostic> found = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int tab = tabInIndentation(lines[i]);
            if (tab >= 0) {
                found.add(Diagnostic.error(new SourceLocation(file, i + 1, tab + 1),
                        "tab character in indentation; YAML indents with spaces"));
            }
        }
        return found;
    }

    private static int tabInIndentation(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                return i;
            }
            if (c != ' ') {
                return -1;
            }
        }
        return -1;
    }
}
