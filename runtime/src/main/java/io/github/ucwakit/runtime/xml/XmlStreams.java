package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/** Small moves over a StAX stream. */
public final class XmlStreams {

    private XmlStreams() {}

    /**
     * Moves from the start of a document to its root element, refusing a DOCTYPE before anything in it is
     * resolved.
     */
    public static void toRootElement(XMLStreamReader xml) throws XMLStreamException {
        for (int event = xml.getEventType(); event != XMLStreamConstants.START_ELEMENT; event = xml.next()) {
            if (event == XMLStreamConstants.DTD) {
                throw XmlErrors.at(xml, Kind.FORBIDDEN, "a DOCTYPE is not allowed in a UCWA payload");
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw XmlErrors.at(xml, Kind.MALFORMED, "the document has no <resource> element");
            }
        }
    }

    /**
     * A StAX writer of UCWA XML to a character stream, the one the resource writer uses: it keeps line breaks, tabs
     * and carriage returns and refuses characters XML cannot carry. Closing it flushes and leaves {@code out} open.
     */
    public static XMLStreamWriter writer(Writer out) {
        return new XmlOutput(out);
    }

    /** A view of a stream that a parser cannot close: the JDK's parser closes its input at the end of a document. */
    public static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        };
    }

    /**
     * Reads the {@code <item>} texts of the {@code <propertyList>} whose start tag the stream stands on, to its end
     * tag; other elements are skipped. An item that reads as {@code null} is refused. Errors are located at the
     * item's start tag.
     */
    static <T> List<T> readItems(XMLStreamReader xml, XmlScalars.Parser<T> parser, String listName)
            throws XMLStreamException {
        List<T> values = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!XmlNames.ITEM.equals(xml.getLocalName())) {
                skipElement(xml);
                continue;
            }
            Location start = xml.getLocation();
            int line = start.getLineNumber();
            int column = start.getColumnNumber();
            T value = parser.parse(xml.getElementText(), () -> XmlErrors.where(line, column));
            if (value == null) {
                throw new UcwaPayloadException(Kind.INVALID_VALUE, "an empty <item> is not allowed in " + listName,
                        XmlErrors.where(line, column));
            }
            values.add(value);
        }
        return values;
    }

    /** From an element's start tag to its end tag, skipping everything inside. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
