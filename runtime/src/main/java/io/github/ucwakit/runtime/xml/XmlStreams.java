package io.github.ucwakit.runtime.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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
                throw XmlErrors.at(xml, "a DOCTYPE is not allowed in a UCWA payload");
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw XmlErrors.at(xml, "the document has no <resource> element");
            }
        }
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
