package io.github.ucwakit.docs.render;

import io.github.ucwakit.docs.diagram.Layout;
import io.github.ucwakit.docs.diagram.SvgWriter;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes XHTML markup through the JDK's StAX writer, which escapes text and attribute values. Elements are always
 * closed with an end tag except the void ones, so the page reads the same as HTML and as XML; characters XML
 * cannot carry become U+FFFD.
 */
final class Xhtml {

    static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;

    Xhtml() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no StAX writer", e);
        }
    }

    /** Starts the document: the HTML doctype and the root element in the XHTML namespace. */
    Xhtml startDocument(String lang) {
        return run(() -> {
            xml.writeDTD("<!DOCTYPE html>");
            xml.writeCharacters("\n");
            xml.writeStartElement("html");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("lang", lang);
        });
    }

    /** Starts an element; {@code attributes} alternate names and values, a {@code null} value is left out. */
    Xhtml start(String name, String... attributes) {
        return run(() -> {
            xml.writeStartElement(name);
            attributes(attributes);
        });
    }

    /** A void element such as {@code meta} or {@code link}, written {@code <meta ... />}. */
    Xhtml empty(String name, String... attributes) {
        return run(() -> {
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    Xhtml end() {
        return run(xml::writeEndElement);
    }

    Xhtml text(String text) {
        return run(() -> xml.writeCharacters(xmlSafe(text)));
    }

    /**
     * A name as text with a line-break opportunity ({@code <wbr/>}) at each of its word boundaries: before a capital
     * that follows a small letter or digit, and after {@code - _ . / : ,}, so that a long name wraps between its
     * words and never inside one.
     */
    Xhtml name(String name) {
        int start = 0;
        for (int i = 1; i < name.length(); i++) {
            char previous = name.charAt(i - 1);
            char c = name.charAt(i);
            boolean hump = Character.isUpperCase(c)
                    && (Character.isLowerCase(previous) || Character.isDigit(previous));
            boolean afterPunctuation = "-_./:,".indexOf(previous) >= 0 && c != previous;
            if (hump || afterPunctuation) {
                text(name.substring(start, i));
                empty("wbr");
                start = i;
            }
        }
        return text(name.substring(start));
    }

    /** An element holding a name, breakable at its word boundaries ({@link #name(String)}). */
    Xhtml nameElement(String element, String name, String... attributes) {
        return start(element, attributes).name(name).end();
    }

    /** An element holding only text. */
    Xhtml element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    /** A diagram as an inline {@code svg} element, its ids starting with the prefix. */
    Xhtml svg(Layout layout, String idPrefix) {
        return run(() -> SvgWriter.element(xml, layout, idPrefix));
    }

    Xhtml newline() {
        return text("\n");
    }

    /** Ends every open element and returns the document. */
    String finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.flush();
        });
        return buffer + "\n";
    }

    private void attributes(String... attributes) throws XMLStreamException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                xml.writeAttribute(attributes[i], xmlSafe(attributes[i + 1]));
            }
        }
    }

    private static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || Character.isSurrogate(c) && validSurrogate(text, i);
            if (!allowed && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private Xhtml run(XmlAction action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XHTML", e);
        }
        return this;
    }

    @FunctionalInterface
    private interface XmlAction {
        void run() throws XMLStreamException;
    }
}
