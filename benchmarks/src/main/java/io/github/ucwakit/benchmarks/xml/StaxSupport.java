package io.github.ucwakit.benchmarks.xml;

import io.github.ucwakit.benchmarks.handwritten.Href;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/** The small pieces every hand-written StAX reader and writer of UCWA XML repeats. */
final class StaxSupport {

    private StaxSupport() {}

    static void require(XMLStreamReader reader, String localName) throws XMLStreamException {
        reader.require(XMLStreamConstants.START_ELEMENT, XmlFactories.NAMESPACE, localName);
    }

    static String attribute(XMLStreamReader reader, String name) {
        return reader.getAttributeValue(null, name);
    }

    /** The {@code <link>} the reader stands on as an {@link Href}, leaving the reader on its end tag. */
    static Href readHref(XMLStreamReader reader) throws XMLStreamException {
        Href href = new Href(attribute(reader, "href"), attribute(reader, "title"));
        skipElement(reader);
        return href;
    }

    /** The items of the {@code <propertyList>} the reader stands on. */
    static List<String> readItems(XMLStreamReader reader) throws XMLStreamException {
        List<String> items = new ArrayList<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            items.add(reader.getElementText());
        }
        return items;
    }

    /**
     * Reads what is left of the document. Reading to the end lets the JDK's parser take back its buffers; a reader
     * closed before leaves them to the garbage collector (about 24 KB per document).
     */
    static void drain(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            reader.next();
        }
    }

    /** Moves past the end of the element the reader stands on. */
    static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    static void writeLink(XMLStreamWriter writer, String rel, Href href) throws XMLStreamException {
        if (href != null) {
            writer.writeEmptyElement("link");
            writer.writeAttribute("rel", rel);
            writer.writeAttribute("href", href.href());
            if (href.title() != null) {
                writer.writeAttribute("title", href.title());
            }
        }
    }

    static void writeProperty(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
        if (value != null) {
            writer.writeStartElement("property");
            writer.writeAttribute("name", name);
            writer.writeCharacters(value);
            writer.writeEndElement();
        }
    }

    static void writeProperty(XMLStreamWriter writer, String name, Boolean value) throws XMLStreamException {
        if (value != null) {
            writeProperty(writer, name, value ? "True" : "False");
        }
    }

    static void writePropertyList(XMLStreamWriter writer, String name, List<String> items)
            throws XMLStreamException {
        if (items != null) {
            writer.writeStartElement("propertyList");
            writer.writeAttribute("name", name);
            for (String item : items) {
                writer.writeStartElement("item");
                writer.writeCharacters(item);
                writer.writeEndElement();
            }
            writer.writeEndElement();
        }
    }
}
