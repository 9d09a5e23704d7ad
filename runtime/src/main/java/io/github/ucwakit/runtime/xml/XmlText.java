package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Checks that text is something XML 1.0 can carry: a character XML cannot hold (a control character, a lone
 * surrogate, U+FFFE) is refused with {@link Kind#INVALID_VALUE} and its place before anything is written.
 * {@link XmlOutput} escapes what remains so that it reads back unchanged.
 */
final class XmlText {

    private XmlText() {}

    /** Refuses a text with a character XML 1.0 cannot hold; {@code where} names its place for the message. */
    static String check(String text, Supplier<String> where) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c >= 0x20 && c <= 0xD7FF || c == '\t' || c == '\n' || c == '\r'
                    || c >= 0xE000 && c <= 0xFFFD;
            if (!allowed) {
                throw new UcwaPayloadException(Kind.INVALID_VALUE, String.format(Locale.ROOT,
                        "U+%04X at index %d cannot be written in XML", (int) c, i), where.get());
            }
            if (pair) {
                i++;
            }
        }
        return text;
    }
}
