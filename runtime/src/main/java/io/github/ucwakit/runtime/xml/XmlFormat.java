package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaPayloadException;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reads and writes whole XML documents of one resource: reads with a StAX factory created once, writes with
 * {@link XmlOutput}. A document with a DOCTYPE is rejected before anything in it is resolved. Thread-safe.
 */
public final class XmlFormat {

    private final XMLInputFactory inputs;

    public XmlFormat() {
        this.inputs = SecureXmlFactories.inputFactory();
    }

    /** Reads a document: {@code body} reads the root resource. */
    public <T> T read(String payload, Function<? super ResourceReader, ? extends T> body) {
        return read(() -> inputs.createXMLStreamReader(new StringReader(payload)), body);
    }

    public <T> T read(byte[] payload, Function<? super ResourceReader, ? extends T> body) {
        return read(() -> inputs.createXMLStreamReader(new ByteArrayInputStream(payload)), body);
    }

    /** Reads from a stream, which is left open. */
    public <T> T read(InputStream payload, Function<? super ResourceReader, ? extends T> body) {
        return read(() -> inputs.createXMLStreamReader(XmlStreams.unclosable(payload)), body);
    }

    /** Writes a document in UTF-8: {@code body} writes the root resource. The stream is flushed, not closed. */
    public void write(OutputStream out, Consumer<? super ResourceWriter> body) {
        write(() -> new XmlOutput(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))), body);
    }

    public String writeToString(Consumer<? super ResourceWriter> body) {
        StringWriter text = new StringWriter();
        write(() -> new XmlOutput(text), body);
        return text.toString();
    }

    private <T> T read(Opener opener, Function<? super ResourceReader, ? extends T> body) {
        XMLStreamReader xml = null;
        try {
            xml = opener.open();
            XmlStreams.toRootElement(xml);
            XmlResourceReader reader = XmlResourceReader.atResource(xml);
            T result = body.apply(reader);
            reader.skipToEnd();
            while (xml.hasNext()) {
                xml.next();
            }
            return result;
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(e);
        } finally {
            close(xml);
        }
    }

    private static void write(WriterOpener opener, Consumer<? super ResourceWriter> body) {
        try {
            XMLStreamWriter xml = opener.open();
            xml.writeStartDocument("UTF-8", "1.0");
            body.accept(XmlResourceWriter.root(xml));
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UcwaPayloadException("cannot write XML: " + e.getMessage(), null, e);
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was left to read; the document has been read or rejected already
            }
        }
    }

    @FunctionalInterface
    private interface Opener {
        XMLStreamReader open() throws XMLStreamException;
    }

    @FunctionalInterface
    private interface WriterOpener {
        XMLStreamWriter open() throws XMLStreamException;
    }
}
