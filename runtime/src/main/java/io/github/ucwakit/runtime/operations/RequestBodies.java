package io.github.ucwakit.runtime.operations;

import io.github.ucwakit.runtime.InputBinding;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.RequestInput;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.xml.XmlFormat;
import io.github.ucwakit.runtime.xml.XmlNames;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link RequestInput} as a request body and reads one back: a JSON object of its parameters (link
 * parameters under {@code _links}), or an XML {@code <input xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">}
 * of {@code <property name>}, {@code <propertyList name>} and {@code <link>} elements. What a read body held beyond
 * the parameters ({@link RequestInput#unknownMembers()}) is written after them. UTF-8. Thread-safe.
 */
public final class RequestBodies {

    /** The root element of an XML request body. */
    public static final String INPUT = XmlNames.INPUT;

    private static final JsonFormat JSON = new JsonFormat();
    private static final XmlFormat XML = new XmlFormat();

    private RequestBodies() {}

    /** The body in UTF-8. */
    public static byte[] write(RequestInput input, PayloadFormat format) {
        Objects.requireNonNull(input, "input");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (Objects.requireNonNull(format, "format")) {
            case JSON -> JSON.write(out, writer -> write(input, writer));
            case XML -> XML.write(out, writer -> write(input, writer));
        }
        return out.toByteArray();
    }

    public static String writeToString(RequestInput input, PayloadFormat format) {
        return new String(write(input, format), StandardCharsets.UTF_8);
    }

    /**
     * Reads a request body into its input class, under the codec's limits and its way with {@code data:} hrefs.
     * A body of the other root (a JSON {@code rel}, an XML {@code <resource>}) is read too; its rel is not kept.
     */
    public static <T extends RequestInput> T read(String body, PayloadFormat format, InputBinding<T> binding,
            UcwaCodec codec) {
        Objects.requireNonNull(binding, "binding");
        return codec.readDocument(body, format, binding::read);
    }

    /** Reads a request body into its input class with {@link UcwaCodec#create()}'s defaults. */
    public static <T extends RequestInput> T read(String body, PayloadFormat format, InputBinding<T> binding) {
        return read(body, format, binding, Defaults.CODEC);
    }

    private static void write(RequestInput input, ResourceWriter writer) {
        writer.beginInput(null);
        input.writeTo(new ResourceInputWriter(writer));
        UnknownMembers unknown = input.unknownMembers();
        unknown.writeLinks(writer);
        unknown.writeProperties(writer);
        unknown.writeEmbedded(writer);
        writer.endResource();
    }

    /** A codec without bindings, made on first use: reading an input needs only its own binding. */
    private static final class Defaults {
        static final UcwaCodec CODEC = UcwaCodec.of(List.of());
    }
}
