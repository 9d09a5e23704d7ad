package io.github.ucwakit.docs.render;

import java.util.regex.Pattern;

/**
 * Escapes text for CommonMark with GitHub tables so that it renders as the same literal text: inline markup
 * characters get a backslash, and so does whatever would start a block at the start of a line.
 */
final class MarkdownText {

    /** Characters that may start or end inline markup, links, images, raw HTML, entities, math or table cells. */
    private static final String INLINE_SPECIALS = "\\`*_[]<>|&#~!$";

    /** A list item, thematic break or heading marker where a line starts. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:[-+=]|\\d{1,9}(?=[.)]))");

    private MarkdownText() {}

    /** Escapes text that stands inside a line. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Escapes text that starts a line: as {@link #inline}, and a leading block marker is made literal. */
    static String lineStart(String text) {
        String escaped = inline(text);
        var start = BLOCK_START.matcher(escaped);
        if (!start.find()) {
            return escaped;
        }
        if (Character.isDigit(escaped.charAt(0))) {
            return escaped.substring(0, start.end()) + "\\" + escaped.substring(start.end());
        }
        return "\\" + escaped;
    }

    /**
     * A code span holding the text literally: delimited by more backticks than the text's longest run, and
     * padded when it starts or ends with a backtick or a space. In a table cell a pipe is escaped, as GitHub tables
     * require even inside code.
     */
    static String codeSpan(String text, boolean inTable) {
        String body = inTable ? text.replace("|", "\\|") : text;
        String fence = "`".repeat(longestRun(body, '`') + 1);
        boolean pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") && body.endsWith(" ");
        return pad ? fence + " " + body + " " + fence : fence + body + fence;
    }

    /** The fence of a code block that can hold the text: at least three backticks, more than any run in it. */
    static String codeFence(String code) {
        return "`".repeat(Math.max(3, longestRun(code, '`') + 1));
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
