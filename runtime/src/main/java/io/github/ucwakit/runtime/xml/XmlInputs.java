package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens XML documents for reading under {@link ReadLimits}: one secure {@link XMLInputFactory}, the input cut off
 * at the document size limit, every event checked by a {@link LimitedXmlStreamReader}, and the reader moved to the
 * root element, refusing a DOCTYPE. Inputs are left open. Thread-safe.
 */
public final class XmlInputs {

    private final XMLInputFactory factory;
    private final ReadLimits limits;

    public XmlInputs(ReadLimits limits) {
        this.limits = limits;
        this.factory = SecureXmlFactories.inputFactory(limits);
    }

    public XMLStreamReader open(String document) throws XMLStreamException {
        return atRoot(factory.createXMLStreamReader(DocumentSizeLimit.chars(new StringReader(document),
                limits.maxDocumentSize())), document.length());
    }

    public XMLStreamReader open(Reader document) throws XMLStreamException {
        return atRoot(factory.createXMLStreamReader(DocumentSizeLimit.chars(document, limits.maxDocumentSize())), -1);
    }

    /**
     * Opens a document held as bytes; one within the size limit that is UTF-8 is read as characters
     * ({@link XmlBytes}).
     */
    public XMLStreamReader open(byte[] document) throws XMLStreamException {
        String text = document.length <= limits.maxDocumentSize() ? XmlBytes.utf8Text(document) : null;
        if (text != null) {
            return atRoot(factory.createXMLStreamReader(new StringReader(text)), text.length());
        }
        return atRoot(factory.createXMLStreamReader(DocumentSizeLimit.bytes(new ByteArrayInputStream(document),
                limits.maxDocumentSize())), document.length);
    }

    public XMLStreamReader open(InputStream document) throws XMLStreamException {
        return atRoot(factory.createXMLStreamReader(DocumentSizeLimit.bytes(document, limits.maxDocumentSize())), -1);
    }

    /** Closes a reader opened here, if any; the input stays open. */
    public static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // the document has been read or rejected already
            }
        }
    }

    /** The reader moved to the root element; {@code documentSize} in characters or bytes, or -1 if unknown. */
    private XMLStreamReader atRoot(XMLStreamReader parser, long documentSize) throws XMLStreamException {
        LimitedXmlStreamReader reader = new LimitedXmlStreamReader(parser, limits, documentSize);
        try {
            XmlStreams.toRootElement(reader);
            return reader;
        } catch (XMLStreamException | RuntimeException e) {
            close(reader);
            throw e;
        }
    }
}
