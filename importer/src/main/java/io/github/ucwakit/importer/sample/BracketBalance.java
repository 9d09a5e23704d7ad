package io.github.ucwakit.importer.sample;

/** Follows the nesting of braces, brackets and angle-free JSON strings to tell where a bare value ends. */
final class BracketBalance {

    private int depth;
    private boolean started;
    private boolean inString;
    private boolean escaped;

    /** Feeds more text; true once the first value opened has been closed. */
    boolean feed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"' || c == '\n') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
                started = true;
            } else if (c == '}' || c == ']') {
                depth--;
                if (started && depth <= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
