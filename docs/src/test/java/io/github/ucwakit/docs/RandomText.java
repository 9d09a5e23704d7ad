package io.github.ucwakit.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random strings made of pieces that mean something in Markdown or HTML, for escaping round trips.
 * The same seed gives the same strings, so a failure is reproducible.
 */
final class RandomText {

    private static final List<String> PIECES = List.of(
            "a", "Z", "9", " ", "\\", "`", "``", "*", "**", "_", "__", "[", "]", "(", ")", "[x](y.md)", "![i](j)",
            "<", ">", "<b>", "</p><p></p>", "<!--", "|", "&", "&amp;", "&#35;", "&lt;", "#", "##", "~", "~~", "!",
            "-", "+", "=", "1.", "2)", "12345.", ".", ":", "$", "$x$", "\"", "'", "{", "}", "%20", "é", "\u00a0",
            "\uD83D\uDE00", "http://x.y/z", "www.example.com", "<http://a.b>", "\t", "---", "***", "> ", "\\*", "^");

    private RandomText() {}

    /** {@code count} strings of 1 to 12 pieces, whitespace collapsed to single spaces and stripped. */
    static List<String> strings(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String oneLine = text.toString().replaceAll("[ \\t]+", " ").strip();
            if (!oneLine.isEmpty()) {
                out.add(oneLine);
            }
        }
        return out;
    }
}
