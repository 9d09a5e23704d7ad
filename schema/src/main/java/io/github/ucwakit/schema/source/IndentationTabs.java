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
        int line = 1;
        int column = 0;
        boolean indentation = true;
        // One pass over the characters: a line ends at \r\n, \r or \n; its indentation at the first other than a space.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                column = 0;
                indentation = true;
            } else if (indentation) {
                column++;
                if (c == '\t') {
                    found.add(Diagnostic.error(new SourceLocation(file, line, column),
                            "tab character in indentation; YAML indents with spaces"));
                    indentation = false;
                } else if (c != ' ') {
                    indentation = false;
                }
            }
        }
        return found;
    }
}
