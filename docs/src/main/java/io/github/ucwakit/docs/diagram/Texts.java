package io.github.ucwakit.docs.diagram;

import java.util.List;

/**
 * Checks of the texts a diagram holds: at least one line, none blank, none holding a line break or another control
 * character (which XML cannot carry or a line of the drawing cannot show).
 */
final class Texts {

    private Texts() {}

    static List<String> lines(List<String> lines, String what) {
        List<String> copy = List.copyOf(lines);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " has no text");
        }
        for (String line : copy) {
            if (line.isBlank() || line.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == 0xFFFE || c == 0xFFFF)) {
                throw new IllegalArgumentException(what + " has a blank line or a control character: '" + line + "'");
            }
        }
        return copy;
    }
}
