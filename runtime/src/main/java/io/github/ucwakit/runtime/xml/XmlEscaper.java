package io.github.ucwakit.runtime.xml;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * Escapes text for {@link XmlOutput} and, in the same pass, refuses a character XML 1.0 cannot carry (a control
 * character, a lone surrogate, U+FFFE, U+FFFF). Beyond markup characters, it writes carriage returns as character
 * references (a parser would turn a literal one into a line feed) and, in attribute values, line feeds and tabs too
 * (a parser would turn them into spaces), so every string reads back exactly as it was. Returns the input itself
 * when nothing needs escaping.
 */
final class XmlEscaper {

    private XmlEscaper() {}

    /** Escapes element content. */
    static String text(String value) throws XMLStreamException {
        return escape(value, false);
    }

    /** Escapes an attribute value written between double quotes. */
    static String attribute(String value) throws XMLStreamException {
        return escape(value, true);
    }

    /** One pass over the text: refuses what XML cannot carry, escapes what needs it, copies only when it must. */
    private static String escape(String value, boolean attribute) throws XMLStreamException {
        StringBuilder escaped = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == value.length()
                        || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw new XMLStreamException(
                            String.format(Locale.ROOT, "lone surrogate U+%04X cannot be written in XML", (int) c));
                }
                if (escaped != null) {
                    escaped.append(c).append(value.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF) {
                throw new XMLStreamException(
                        String.format(Locale.ROOT, "character U+%04X cannot be written in XML", (int) c));
            }
            String replacement = replacement(c, attribute);
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (escaped != null) {
                if (replacement == null) {
                    escaped.append(c);
                } else {
                    escaped.append(replacement);
                }
            }
        }
        return escaped == null ? value : escaped.toString();
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
