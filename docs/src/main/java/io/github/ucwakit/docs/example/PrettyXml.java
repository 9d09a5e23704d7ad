package io.github.ucwakit.docs.example;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Indents an XML document (two spaces, {@code \n}) by copying it event by event: an element holding elements gets
 * one child per line, a text-only element stays on one line, an empty element stays {@code <e/>}, and names,
 * namespaces, attributes (in their order) and text stay as written. Reads with DTDs and external entities off.
 */
final class PrettyXml {

    private PrettyXml() {}

    static String indent(String xml) {
        XMLInputFactory inputs = XMLInputFactory.newFactory();
        inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        StringWriter out = new StringWriter();
        try {
            XMLStreamReader in = inputs.createXMLStreamReader(new StringReader(xml));
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            copy(in, writer);
            writer.close();
            in.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the runtime wrote XML that does not parse", e);
        }
        return out + "\n";
    }

    private static void copy(XMLStreamReader in, XMLStreamWriter out) throws XMLStreamException {
        boolean declared = in.getVersion() != null;
        if (declared) {
            String encoding = in.getCharacterEncodingScheme();
            if (encoding == null) {
                out.writeStartDocument(in.getVersion());
            } else {
                out.writeStartDocument(encoding, in.getVersion());
            }
        }
        Deque<Boolean> holdsElements = new ArrayDeque<>();
        int event = in.next();
        while (event != XMLStreamConstants.END_DOCUMENT) {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!holdsElements.isEmpty()) {
                        holdsElements.pop();
                        holdsElements.push(true);
                        out.writeCharacters("\n" + "  ".repeat(holdsElements.size()));
                    } else if (declared) {
                        out.writeCharacters("\n");
                    }
                    StartTag tag = StartTag.read(in);
                    event = in.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        tag.writeEmpty(out);
                        event = in.next();
                    } else {
                        tag.writeStart(out);
                        holdsElements.push(false);
                    }
                    continue;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (holdsElements.pop()) {
                        out.writeCharacters("\n" + "  ".repeat(holdsElements.size()));
                    }
                    out.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> out.writeCharacters(in.getText());
                case XMLStreamConstants.CDATA -> out.writeCData(in.getText());
                case XMLStreamConstants.COMMENT -> out.writeComment(in.getText());
                case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                        out.writeProcessingInstruction(in.getPITarget(), in.getPIData());
                default -> {
                    // DTDs and entity references do not occur: DTD support is off.
                }
            }
            event = in.next();
        }
        out.writeEndDocument();
    }

    /** A start tag as read: its name, the namespaces it declares and its attributes, in document order. */
    private record StartTag(String prefix, String localName, String namespace, String[][] namespaces,
            String[][] attributes) {

        static StartTag read(XMLStreamReader in) {
            String[][] namespaces = new String[in.getNamespaceCount()][];
            for (int i = 0; i < namespaces.length; i++) {
                namespaces[i] = new String[] {in.getNamespacePrefix(i), in.getNamespaceURI(i)};
            }
            String[][] attributes = new String[in.getAttributeCount()][];
            for (int i = 0; i < attributes.length; i++) {
                attributes[i] = new String[] {
                    in.getAttributePrefix(i), in.getAttributeNamespace(i), in.getAttributeLocalName(i),
                    in.getAttributeValue(i)
                };
            }
            return new StartTag(nonNull(in.getPrefix()), in.getLocalName(), nonNull(in.getNamespaceURI()),
                    namespaces, attributes);
        }

        void writeStart(XMLStreamWriter out) throws XMLStreamException {
            out.writeStartElement(prefix, localName, namespace);
            writeRest(out);
        }

        void writeEmpty(XMLStreamWriter out) throws XMLStreamException {
            out.writeEmptyElement(prefix, localName, namespace);
            writeRest(out);
        }

        private void writeRest(XMLStreamWriter out) throws XMLStreamException {
            for (String[] ns : namespaces) {
                if (ns[0] == null || ns[0].isEmpty()) {
                    out.writeDefaultNamespace(ns[1]);
                } else {
                    out.writeNamespace(ns[0], ns[1]);
                }
            }
            for (String[] attribute : attributes) {
                if (attribute[0] == null || attribute[0].isEmpty()) {
                    out.writeAttribute(attribute[2], attribute[3]);
                } else {
                    out.writeAttribute(attribute[0], attribute[1], attribute[2], attribute[3]);
                }
            }
        }

        private static String nonNull(String text) {
            return text == null ? "" : text;
        }
    }
}
