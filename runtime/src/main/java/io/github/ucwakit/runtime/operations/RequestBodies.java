package io.github.ucwakit.runtime.operations;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.errors.JsonTrees;
import io.github.ucwakit.runtime.xml.XmlNames;
import io.github.ucwakit.runtime.xml.XmlStreams;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link RequestInput} as a request body: a JSON object of its parameters, or an XML
 * {@code <input xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">} of {@code <property name>} and
 * {@code <propertyList name>} elements. UTF-8. Thread-safe.
 */
public final class RequestBodies {

    /** The root element of an XML request body. */
    public static final String INPUT = XmlNames.INPUT;


    private RequestBodies() {}

    /** The body in UTF-8. */
    public static byte[] write(RequestInput input, PayloadFormat format) {
        Objects.requireNonNull(input, "input");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (Objects.requireNonNull(format, "format")) {
            case JSON -> json(input, out);
            case XML -> xml(input, out);
        }
        return out.toByteArray();
    }

    public static String writeToString(RequestInput input, PayloadFormat format) {
        return new String(write(input, format), StandardCharsets.UTF_8);
    }

    private static void json(RequestInput input, ByteArrayOutputStream out) {
        try (JsonGenerator generator = JsonTrees.mapper().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            input.writeTo(new JsonInputWriter(generator));
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void xml(RequestInput input, ByteArrayOutputStream out) {
        try {
            XMLStreamWriter xml = utf8(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(INPUT);
            xml.writeDefaultNamespace(XmlNames.NAMESPACE);
            input.writeTo(new XmlInputWriter(xml));
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw XmlInputWriter.failed(e);
        }
    }

    /** A UTF-8 XML writer to a stream; closing it flushes and leaves the stream open. */
    private static XMLStreamWriter utf8(OutputStream out) {
        return XmlStreams.writer(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }
}
