package io.github.ucwakit.importer.page;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes the HTML character references found in the reference pages (named XML ones and numeric ones). */
public final class HtmlEntities {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});");
    private static final Map<String, String> NAMED = Map.of(
            "quot", "\"", "amp", "&", "lt", "<", "gt", ">", "apos", "'", "nbsp", " ");

    private HtmlEntities() {}

    /** The text with every known reference replaced by its character; unknown references are kept. */
    public static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replacement(String body, String whole) {
        if (body.startsWith("#x") || body.startsWith("#X")) {
            return codePoint(Integer.parseInt(body.substring(2), 16), whole);
        }
        if (body.startsWith("#")) {
            return codePoint(Integer.parseInt(body.substring(1)), whole);
        }
        return NAMED.getOrDefault(body, whole);
    }

    private static String codePoint(int value, String whole) {
        return Character.isValidCodePoint(value) ? new String(Character.toChars(value)) : whole;
    }
}
