package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.util.Locale;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes text that XML 1.0 can carry and reads back unchanged: a character XML cannot hold (a control character, a
 * lone surrogate, U+FFFE) is refused with {@link Kind#INVALID_VALUE} before anything is written, and a carriage
 * return is written as {@code &#13;}, which a parser would otherwise turn into a line feed.
 */
final class XmlText {

    private static final String CARRIAGE_RETURN = "#13";

    private XmlText() {}

    /** Writes element text that {@link #check} accepted. */
    static void write(XMLStreamWriter xml, String text) throws XMLStreamException {
        int start = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', start)) {
            xml.writeCharacters(text.substring(start, cr));
            xml.writeEntityRef(CARRIAGE_RETURN);
            start = cr + 1;
        }
        xml.writeCharacters(start == 0 ? text : text.substring(start));
    }

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
