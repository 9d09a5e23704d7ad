package io.github.ucwakit.docs.build;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns descriptor text into page text: whitespace collapsed, one paragraph per line. Descriptors fold long text
 * ({@code >-} in YAML), so a line break left in a description separates paragraphs.
 */
final class Prose {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)");

    private Prose() {}

    /** The text on one line, runs of whitespace as one space; {@code ""} for {@code null}. */
    static String inline(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The paragraphs of the text, one per non-blank line; empty for {@code null} or blank text. */
    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(LINE_BREAKS.split(text)).map(Prose::inline).filter(p -> !p.isEmpty()).toList();
    }

    /** The first sentence of the text on one line, for summaries. */
    static String firstSentence(String text) {
        String line = inline(text);
        var end = SENTENCE_END.matcher(line);
        return end.find() ? line.substring(0, end.end()) : line;
    }
}
