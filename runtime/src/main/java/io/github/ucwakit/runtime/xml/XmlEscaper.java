package io.github.ucwakit.runtime.xml;

/**
 * Escapes text for {@link XmlOutput}. Beyond markup characters, it writes carriage returns as character references
 * (a parser would turn a literal one into a line feed) and, in attribute values, line feeds and tabs too (a parser
 * would turn them into spaces), so every string reads back exactly as it was. Returns the input itself when nothing
 * needs escaping.
 */
final class XmlEscaper {

    private XmlEscaper() {}

    /** Escapes element content. */
    static String text(String value) {
        return escape(value, false);
    }

    /** Escapes an attribute value written between double quotes. */
    static String attribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean attribute) {
        int first = firstToEscape(value, attribute);
        if (first < 0) {
            return value;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16).append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = replacement(c, attribute);
            if (replacement == null) {
                escaped.append(c);
            } else {
                escaped.append(replacement);
            }
        }
        return escaped.toString();
    }

    private static int firstToEscape(String value, boolean attribute) {
        for (int i = 0; i < value.length(); i++) {
            if (replacement(value.charAt(i), attribute) != null) {
                return i;
            }
        }
        return -1;
    }

    private static String replacement(char c, boolean attribute) {
        switch (c) {
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '&':
                return "&amp;";
            case '\r':
                return "&#13;";
            case '"':
                return attribute ? "&quot;" : null;
            case '\n':
                return attribute ? "&#10;" : null;
            case '\t':
                return attribute ? "&#9;" : null;
            default:
                return null;
        }
    }
}
