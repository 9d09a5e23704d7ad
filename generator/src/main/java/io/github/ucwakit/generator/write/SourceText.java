package io.github.ucwakit.generator.write;

import java.nio.charset.StandardCharsets;

/**
 * The final text of a rendered Java source, made in one pass over JavaPoet's output: {@code \n} line endings
 * whatever the platform, and no blank line between two private fields that have no Javadoc (JavaPoet puts a blank
 * line before every member; between a builder's fields, say, it only spreads a list out).
 *
 * <p>A private field's line is spaces, {@code private}, a type (word characters, {@code .<>,?} and spaces), a
 * name, an optional initializer without a semicolon, and the closing semicolon.
 */
final class SourceText {

    private static final String PRIVATE = "private ";
    private static final String ASSIGN = " = ";

    private SourceText() {}

    /** The UTF-8 bytes of {@code rendered} with line endings normalized and fields kept together. */
    static byte[] bytes(String rendered) {
        return compactFields(normalizeLineEndings(rendered)).getBytes(StandardCharsets.UTF_8);
    }

    static String normalizeLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@code text} (with {@code \n} line endings) without the blank lines between two private fields. */
    static String compactFields(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean previousIsField = false;
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            boolean blank = start == end && newline >= 0;
            if (blank && previousIsField && isPrivateField(text, end + 1, lineEnd(text, end + 1))) {
                start = end + 1; // the blank line is dropped; the next line is still a field
                continue;
            }
            out.append(text, start, newline < 0 ? end : end + 1);
            previousIsField = isPrivateField(text, start, end);
            if (newline < 0) {
                break;
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    /** Whether {@code text[start, end)} is a private field's line. */
    static boolean isPrivateField(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        if (i == start || !text.startsWith(PRIVATE, i) || end - 1 < i + PRIVATE.length()
                || text.charAt(end - 1) != ';') {
            return false;
        }
        int from = i + PRIVATE.length();
        int declaration = end - 1;
        if (isTypeAndName(text, from, declaration)) {
            return true;
        }
        for (int k = text.indexOf(ASSIGN, from); k >= 0 && k + ASSIGN.length() <= declaration;
                k = text.indexOf(ASSIGN, k + 1)) {
            if (text.indexOf(';', k + ASSIGN.length()) >= declaration && isTypeAndName(text, from, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} is a type, a space and a name. */
    private static boolean isTypeAndName(String text, int from, int to) {
        int space = text.lastIndexOf(' ', to - 1);
        if (space <= from || space >= to - 1) {
            return false;
        }
        for (int i = from; i < space; i++) {
            char c = text.charAt(i);
            if (!isWord(c) && ".<>, ?".indexOf(c) < 0) {
                return false;
            }
        }
        for (int i = space + 1; i < to; i++) {
            if (!isWord(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
