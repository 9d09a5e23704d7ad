package io.github.ucwakit.runtime.errors;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.ReadLimits;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.json.JsonErrors;
import io.github.ucwakit.runtime.json.JsonOpener;
import io.github.ucwakit.runtime.json.JsonTrees;
import io.github.ucwakit.runtime.json.NameSafeJsonFactory;
import io.github.ucwakit.runtime.xml.XmlErrors;
import io.github.ucwakit.runtime.xml.XmlInputs;
import io.github.ucwakit.runtime.xml.XmlNames;
import io.github.ucwakit.runtime.xml.XmlStreams;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reads and writes the body of a failed UCWA response: a JSON error object or an XML {@code <reason>} document.
 * Match the result against the failed operation's {@link ErrorCatalog} and {@link GenericErrors}.
 *
 * <pre>{@code
 * UcwaError error = ErrorBodies.read(body, PayloadFormat.JSON);
 * Optional<ErrorEntry> row = ConversationErrors.GET.match(409, error);
 * }</pre>
 *
 * Bodies are read under {@link ReadLimits#defaults()}. Thread-safe; parser factories are made once.
 */
public final class ErrorBodies {

    private static final ObjectMapper MAPPER = JsonTrees.mapper(ReadLimits.defaults());
    private static final XmlInputs INPUTS = new XmlInputs(ReadLimits.defaults());

    private ErrorBodies() {}

    public static UcwaError read(String body, PayloadFormat format) {
        Objects.requireNonNull(body, "body");
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> readJson(() -> MAPPER.createParser(body));
            case XML -> readXml(() -> INPUTS.open(body));
        };
    }

    public static UcwaError read(byte[] body, PayloadFormat format) {
        Objects.requireNonNull(body, "body");
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> readJson(body);
            case XML -> readXml(() -> INPUTS.open(body));
        };
    }

    /** Reads from a stream, which is left open. */
    public static UcwaError read(InputStream body, PayloadFormat format) {
        Objects.requireNonNull(body, "body");
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> readJson(() -> MAPPER.createParser(body));
            case XML -> readXml(() -> INPUTS.open(body));
        };
    }

    public static String writeToString(UcwaError error, PayloadFormat format) {
        Objects.requireNonNull(error, "error");
        StringWriter text = new StringWriter();
        try {
            switch (Objects.requireNonNull(format, "format")) {
                case JSON -> writeJson(JsonTrees.mapper().createGenerator(text), error);
                case XML -> writeXml(XmlStreams.writer(text), error);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new UcwaPayloadException("cannot write XML: " + e.getMessage(), "/" + ErrorXml.REASON, e);
        }
        return text.toString();
    }

    /** Writes in UTF-8 to a stream, which is flushed and left open. */
    public static void write(UcwaError error, PayloadFormat format, OutputStream out) {
        Objects.requireNonNull(error, "error");
        try {
            switch (Objects.requireNonNull(format, "format")) {
                case JSON -> writeJson(JsonTrees.mapper().createGenerator(out, JsonEncoding.UTF8), error);
                case XML -> writeXml(utf8(out), error);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new UcwaPayloadException("cannot write XML: " + e.getMessage(), "/" + ErrorXml.REASON, e);
        }
    }

    /** Reads a UTF-8 body, sharing its names in a bounded table ({@link NameSafeJsonFactory}). */
    private static UcwaError readJson(byte[] body) {
        return ((NameSafeJsonFactory) MAPPER.getFactory()).readSharingNames(body, ErrorBodies::readJson);
    }

    private static UcwaError readJson(JsonOpener opener) {
        try (JsonParser parser = opener.open()) {
            if (parser.nextToken() == null) {
                throw new UcwaPayloadException("the error body is empty", "$");
            }
            UcwaError error = ErrorJson.read(parser, "$");
            if (parser.nextToken() != null) {
                throw new UcwaPayloadException("unexpected content after the error object", "$");
            }
            return error;
        } catch (IOException e) {
            throw JsonErrors.wrap(e, "$");
        }
    }

    private static UcwaError readXml(XmlOpener opener) {
        XMLStreamReader xml = null;
        try {
            xml = opener.open();
            if (!ErrorXml.REASON.equals(xml.getLocalName()) || !XmlNames.isUcwa(xml.getNamespaceURI())) {
                throw XmlErrors.at(xml, "expected a <reason> element of namespace " + XmlNames.NAMESPACE);
            }
            return ErrorXml.read(xml);
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(e);
        } finally {
            XmlInputs.close(xml);
        }
    }

    private static void writeJson(JsonGenerator generator, UcwaError error) throws IOException {
        try (generator) {
            ErrorJson.write(generator, error);
        }
    }

    private static void writeXml(XMLStreamWriter xml, UcwaError error) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        ErrorXml.write(xml, error, true);
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    @FunctionalInterface
    private interface XmlOpener {
        XMLStreamReader open() throws XMLStreamException;
    }

    /** A UTF-8 XML writer to a stream; closing it flushes and leaves the stream open. */
    private static XMLStreamWriter utf8(OutputStream out) {
        return XmlStreams.writer(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }
}
