package io.github.ucwakit.importer.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the inline markdown and HTML of a cell or paragraph into plain text, and finds its links. */
public final class InlineText {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p>\\s*<p>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");

    private InlineText() {}

    /** The links of a text, in order. */
    public static List<MarkdownLink> links(String text) {
        List<MarkdownLink> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.add(new MarkdownLink(m.group(1).strip(), m.group(2).strip()));
        }
        return List.copyOf(links);
    }

    /** The text with links replaced by their text, tags and emphasis removed, entities decoded, spaces collapsed. */
    public static String plain(String text) {
        String s = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = PARAGRAPH_BREAK.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("");
        s = HtmlEntities.decode(s);
        return s.replaceAll("\\s+", " ").strip();
    }
}
