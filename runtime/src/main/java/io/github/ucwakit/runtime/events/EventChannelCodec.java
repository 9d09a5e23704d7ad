package io.github.ucwakit.runtime.events;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.json.JsonErrors;
import io.github.ucwakit.runtime.json.JsonOpener;
import io.github.ucwakit.runtime.json.JsonTrees;
import io.github.ucwakit.runtime.json.NameSafeJsonFactory;
import io.github.ucwakit.runtime.json.RelLookahead;
import io.github.ucwakit.runtime.xml.Utf8Document;
import io.github.ucwakit.runtime.xml.XmlErrors;
import io.github.ucwakit.runtime.xml.XmlInputs;
import io.github.ucwakit.runtime.xml.XmlStreams;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reads and writes event-channel responses (the answers to pending GETs on the {@code events} resource) in JSON
 * and XML, into one {@link EventChannelResponse}. Embedded resources are read and written by the bindings of the
 * given codec: the generated class of their rel, or a {@link io.github.ucwakit.runtime.GenericResource} that keeps
 * everything. Unknown event types and members are kept. The {@code data:} hrefs of embedded resources' links are
 * decoded as the codec says ({@link io.github.ucwakit.runtime.DataHrefs}).
 *
 * <pre>{@code
 * EventChannelCodec events = new EventChannelCodec(UcwaCodec.create());
 * EventChannelResponse response = events.read(body, PayloadFormat.JSON);
 * response.continuation();                           // where to send the next pending GET
 * }</pre>
 *
 * Payloads are read under the codec's {@link io.github.ucwakit.runtime.ReadLimits}. Thread-safe: parser factories
 * are made once.
 */
public final class EventChannelCodec {

    private final UcwaCodec codec;
    private final ObjectMapper json;
    private final XmlInputs inputs;

    /** A codec reading under the {@link UcwaCodec#limits() limits} of {@code codec}. */
    public EventChannelCodec(UcwaCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.json = JsonTrees.mapper(codec.limits());
        this.inputs = new XmlInputs(codec.limits());
    }

    public EventChannelResponse read(String payload, PayloadFormat format) {
        Objects.requireNonNull(payload, "payload");
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> readJson(() -> json.createParser(payload), null);
            case XML -> readXml(() -> inputs.open(payload));
        };
    }

    public EventChannelResponse read(byte[] payload, PayloadFormat format) {
        Objects.requireNonNull(payload, "payload");
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> readJson(payload);
            case XML -> readXml(() -> inputs.open(payload));
        };
    }

    /** Reads from a stream, which is left open. */
    public EventChannelResponse read(InputStream payload, PayloadFormat format) {
        Objects.requireNonNull(payload, "payload");
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> readJson(() -> json.createParser(payload), null);
            case XML -> readXml(() -> inputs.open(payload));
        };
    }

    public String writeToString(EventChannelResponse response, PayloadFormat format) {
        Objects.requireNonNull(response, "response");
        StringWriter text = new StringWriter();
        try {
            switch (Objects.requireNonNull(format, "format")) {
                case JSON -> writeJson(json.createGenerator(text), response);
                case XML -> writeXml(XmlStreams.writer(text), response);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new UcwaPayloadException("cannot write XML: " + e.getMessage(), null, e);
        }
        return text.toString();
    }

    /**
     * Writes in UTF-8 to a stream, which is flushed and left open. An XML document reaches the stream only once
     * complete.
     */
    public void write(EventChannelResponse response, PayloadFormat format, OutputStream out) {
        Objects.requireNonNull(response, "response");
        try {
            switch (Objects.requireNonNull(format, "format")) {
                case JSON -> writeJson(json.createGenerator(out, JsonEncoding.UTF8), response);
                case XML -> {
                    Utf8Document document = new Utf8Document();
                    writeXml(XmlStreams.writer(document), response);
                    document.writeTo(out);
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new UcwaPayloadException("cannot write XML: " + e.getMessage(), null, e);
        }
    }

    /** Reads a UTF-8 document, sharing its names in a bounded table ({@link NameSafeJsonFactory}). */
    private EventChannelResponse readJson(byte[] payload) {
        NameSafeJsonFactory factory = (NameSafeJsonFactory) json.getFactory();
        RelLookahead lookahead = RelLookahead.over(factory, payload);
        return factory.readSharingNames(payload, opener -> readJson(opener, lookahead));
    }

    private EventChannelResponse readJson(JsonOpener opener, RelLookahead lookahead) {
        try (JsonParser parser = opener.open()) {
            return new JsonEventReader(codec, parser, lookahead).readDocument();
        } catch (IOException e) {
            throw JsonErrors.wrap(e, "$");
        }
    }

    private EventChannelResponse readXml(XmlOpener opener) {
        XMLStreamReader xml = null;
        try {
            xml = opener.open();
            EventChannelResponse response = new XmlEventReader(codec, xml).read();
            while (xml.hasNext()) {
                xml.next();
            }
            return response;
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(e);
        } finally {
            XmlInputs.close(xml);
        }
    }

    private void writeJson(JsonGenerator generator, EventChannelResponse response) throws IOException {
        try (generator) {
            new JsonEventWriter(codec, generator).write(response);
        }
    }

    private void writeXml(XMLStreamWriter xml, EventChannelResponse response) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        new XmlEventWriter(codec, xml).write(response);
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    @FunctionalInterface
    private interface XmlOpener {
        XMLStreamReader open() throws XMLStreamException;
    }
}
