package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns descriptor text into Javadoc that neither breaks the comment nor the compiler: HTML special characters,
 * {@code @} (a tag at the start of a line), backslashes (javac reads unicode escapes, a backslash and a {@code u}, even in comments) and the
 * comment terminator are written as character references. Results go into JavaPoet only through {@code $L}.
 */
final class Docs {

    /** The longest line of documentation text, before the comment's own indentation. */
    static final int WIDTH = 88;

    private static final Pattern PLAIN_CODE = Pattern.compile("[^{}@\\\\*\\r\\n&]*");

    private Docs() {}

    /** Whether a description has text. */
    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * Descriptor text as Javadoc: escaped, each line of the description a paragraph of its own (a folded YAML
     * block keeps its paragraph breaks as single line breaks).
     */
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
        return escaped.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n\n<p>"));
    }

    /**
     * Javadoc text with every line longer than {@link #WIDTH} broken at spaces; continuation lines keep the first
     * line's indentation. Deterministic, and harmless inside inline tags, which may span lines.
     */
    static CodeBlock javadoc(String text) {
        StringBuilder wrapped = new StringBuilder();
        text.lines().forEach(line -> wrapLine(line, wrapped));
        return CodeBlock.of("$L", wrapped);
    }

    private static void wrapLine(String line, StringBuilder out) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String rest = line;
        while (rest.length() > WIDTH) {
            int cut = breakPoint(rest, indent.length());
            if (cut < 0) {
                break;
            }
            out.append(rest, 0, cut).append('\n');
            rest = indent + rest.substring(cut + 1).stripLeading();
        }
        out.append(rest).append('\n');
    }

    /**
     * Where to break a line: the last space within {@link #WIDTH} outside an inline tag, else the first one after
     * it; -1 when there is none.
     */
    private static int breakPoint(String line, int indent) {
        int depth = 0;
        int best = -1;
        for (int i = indent + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == ' ' && depth == 0) {
                if (i > WIDTH) {
                    return best >= 0 ? best : i;
                }
                best = i;
            }
        }
        return best;
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
