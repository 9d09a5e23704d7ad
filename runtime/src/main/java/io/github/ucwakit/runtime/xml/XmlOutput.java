package io.github.ucwakit.runtime.xml;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small streaming XML writer for UCWA documents: elements, attributes, a default namespace and text, written
 * straight to a {@link Writer}. It exists because the JDK's writer cannot escape line breaks and tabs in attribute
 * values nor carriage returns in text, which then change when read back; here every string survives (see
 * {@link XmlEscaper}), and a character XML 1.0 cannot carry fails the write instead of producing a document no
 * parser accepts. Prefixes, comments, CDATA and DTDs are not supported. Not thread-safe.
 */
final class XmlOutput implements XMLStreamWriter {

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;
    private boolean emptyElement;

    XmlOutput(Writer out) {
        this.out = out;
    }

    @Override
    public void writeStartDocument() throws XMLStreamException {
        writeStartDocument("UTF-8", "1.0");
    }

    @Override
    public void writeStartDocument(String version) throws XMLStreamException {
        writeStartDocument("UTF-8", version);
    }

    @Override
    public void writeStartDocument(String encoding, String version) throws XMLStreamException {
        raw("<?xml version=\"" + version + "\" encoding=\"" + encoding + "\"?>");
    }

    @Override
    public void writeStartElement(String localName) throws XMLStreamException {
        closeStartTag();
        raw("<");
        raw(localName);
        open.push(localName);
        startTagOpen = true;
        emptyElement = false;
    }

    @Override
    public void writeEmptyElement(String localName) throws XMLStreamException {
        writeStartElement(localName);
        open.pop();
        emptyElement = true;
    }

    @Override
    public void writeAttribute(String localName, String value) throws XMLStreamException {
        if (!startTagOpen) {
            throw new XMLStreamException("attribute " + localName + " outside a start tag");
        }
        raw(" ");
        raw(localName);
        raw("=\"");
        raw(XmlEscaper.attribute(value));
        raw("\"");
    }

    @Override
    public void writeDefaultNamespace(String namespaceUri) throws XMLStreamException {
        writeAttribute("xmlns", namespaceUri);
    }

    @Override
    public void writeCharacters(String text) throws XMLStreamException {
        closeStartTag();
        raw(XmlEscaper.text(text));
    }

    @Override
    public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
        writeCharacters(new String(text, start, len));
    }

    @Override
    public void writeEndElement() throws XMLStreamException {
        closeStartTag();
        if (open.isEmpty()) {
            throw new XMLStreamException("no element is open");
        }
        raw("</");
        raw(open.pop());
        raw(">");
    }

    @Override
    public void writeEndDocument() throws XMLStreamException {
        closeStartTag();
        while (!open.isEmpty()) {
            writeEndElement();
        }
    }

    @Override
    public void flush() throws XMLStreamException {
        try {
            out.flush();
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }

    /** Flushes; the underlying writer is left open, as the StAX contract asks. */
    @Override
    public void close() throws XMLStreamException {
        flush();
    }

    private void closeStartTag() throws XMLStreamException {
        if (startTagOpen) {
            raw(emptyElement ? "/>" : ">");
            startTagOpen = false;
            emptyElement = false;
        }
    }

    private void raw(String text) throws XMLStreamException {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }


    @Override
    public void writeStartElement(String namespaceUri, String localName) throws XMLStreamException {
        throw unsupported("namespaced elements");
    }

    @Override
    public void writeStartElement(String prefix, String localName, String namespaceUri) throws XMLStreamException {
        throw unsupported("namespaced elements");
    }

    @Override
    public void writeEmptyElement(String namespaceUri, String localName) throws XMLStreamException {
        throw unsupported("namespaced elements");
    }

    @Override
    public void writeEmptyElement(String prefix, String localName, String namespaceUri) throws XMLStreamException {
        throw unsupported("namespaced elements");
    }

    @Override
    public void writeAttribute(String prefix, String namespaceUri, String localName, String value)
            throws XMLStreamException {
        throw unsupported("namespaced attributes");
    }

    @Override
    public void writeAttribute(String namespaceUri, String localName, String value) throws XMLStreamException {
        throw unsupported("namespaced attributes");
    }

    @Override
    public void writeNamespace(String prefix, String namespaceUri) throws XMLStreamException {
        throw unsupported("prefixed namespaces");
    }

    @Override
    public void writeComment(String data) throws XMLStreamException {
        throw unsupported("comments");
    }

    @Override
    public void writeProcessingInstruction(String target) throws XMLStreamException {
        throw unsupported("processing instructions");
    }

    @Override
    public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
        throw unsupported("processing instructions");
    }

    @Override
    public void writeCData(String data) throws XMLStreamException {
        throw unsupported("CDATA");
    }

    @Override
    public void writeDTD(String dtd) throws XMLStreamException {
        throw unsupported("DTDs");
    }

    @Override
    public void writeEntityRef(String name) throws XMLStreamException {
        throw unsupported("entity references");
    }

    @Override
    public String getPrefix(String uri) {
        return null;
    }

    @Override
    public void setPrefix(String prefix, String uri) throws XMLStreamException {
        throw unsupported("prefixes");
    }

    @Override
    public void setDefaultNamespace(String uri) {
        // the default namespace is declared with writeDefaultNamespace; nothing to remember
    }

    @Override
    public void setNamespaceContext(NamespaceContext context) throws XMLStreamException {
        throw unsupported("namespace contexts");
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        return null;
    }

    @Override
    public Object getProperty(String name) {
        throw new IllegalArgumentException("no property " + name);
    }

    private static XMLStreamException unsupported(String what) {
        return new XMLStreamException(what + " are not written in UCWA documents");
    }
}
