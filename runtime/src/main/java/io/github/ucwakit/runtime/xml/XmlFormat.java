package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.DataHrefs;
import io.github.ucwakit.runtime.ReadLimits;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reads and writes whole XML documents of one resource: reads under {@link ReadLimits} (see {@link XmlInputs}),
 * rejecting a document with a DOCTYPE before anything in it is resolved; writes with {@link XmlOutput}.
 * Thread-safe.
 */
public final class XmlFormat {

    private final XmlInputs inputs;
    private final DataHrefs dataHrefs;

    /** A format with {@link ReadLimits#defaults()}. */
    public XmlFormat() {
        this(ReadLimits.defaults());
    }

    public XmlFormat(ReadLimits limits) {
        this(limits, DataHrefs.DECODED_ON_READ);
    }

    /** A format that also says when the {@code data:} hrefs of links are decoded. */
    public XmlFormat(ReadLimits limits, DataHrefs dataHrefs) {
        this.inputs = new XmlInputs(limits);
        this.dataHrefs = Objects.requireNonNull(dataHrefs, "dataHrefs");
    }

    /** Reads a document: {@code body} reads the root resource. */
    public <T> T read(String payload, Function<? super ResourceReader, ? extends T> body) {
        return read(() -> inputs.open(payload), body);
    }

    public <T> T read(byte[] payload, Function<? super ResourceReader, ? extends T> body) {
        return read(() -> inputs.open(payload), body);
    }

    /** Reads from a stream, which is left open. */
    public <T> T read(InputStream payload, Function<? super ResourceReader, ? extends T> body) {
        return read(() -> inputs.open(payload), body);
    }

    /**
     * Writes a document in UTF-8: {@code body} writes the root resource. The document is written to {@code out}
     * only once complete: a failing body leaves {@code out} untouched. The stream is flushed, not closed.
     */
    public void write(OutputStream out, Consumer<? super ResourceWriter> body) {
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        Writer text = new OutputStreamWriter(document, StandardCharsets.UTF_8);
        write(() -> new XmlOutput(text), body);
        try {
            text.flush();
            document.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            XmlResourceReader reader = XmlResourceReader.atResource(xml, dataHrefs);
            T result = body.apply(reader);
            reader.skipToEnd();
            while (xml.hasNext()) {
                xml.next();
            }
            return result;
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(e);
        } finally {
            XmlInputs.close(xml);
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
            throw new UcwaPayloadException(Kind.INVALID_VALUE, "cannot write XML: " + e.getMessage(), null, e);
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
