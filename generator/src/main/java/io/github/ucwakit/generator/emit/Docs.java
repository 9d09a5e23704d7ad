package io.github.ucwakit.generator.emit;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns descriptor text into Javadoc that neither breaks the comment nor the compiler: HTML special characters,
 * {@code @} (a tag at the start of a line), backslashes (javac reads unicode escapes, a backslash and a {@code u}, even in comments) and the
 * comment terminator are written as character references. Results go into JavaPoet only through {@code $L}.
 */
final class Docs {

    private static final Pattern PLAIN_CODE = Pattern.compile("[^{}@\\\\*\\r\\n&]*");

    private Docs() {}

    /** Whether a description has text. */
    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** Descriptor text as a Javadoc paragraph: escaped, lines without trailing blanks, no blank lines at the ends. */
    static String text(String text) {
        if (!present(text)) {
            return "";
        }
        String escaped = text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("@", "&#64;")
                .replace("\\", "&#92;")
                .replace("*/", "*&#47;");
        return escaped.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
    }

    /** A name or value set in code font; nothing for {@code null}. */
    static String code(String value) {
        if (value == null) {
            return "";
        }
        if (PLAIN_CODE.matcher(value).matches()) {
            return "{@code " + value + "}";
        }
        return "<code>" + text(value) + "</code>";
    }
}
