package io.github.ucwakit.runtime.codec;

import io.github.ucwakit.runtime.BindingProvider;
import io.github.ucwakit.runtime.DataHrefs;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.ReadLimits;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.xml.XmlFormat;
import io.github.ucwakit.runtime.xml.envelope.EnvelopeResourceReader;
import io.github.ucwakit.runtime.xml.envelope.EnvelopeResourceWriter;
import io.github.ucwakit.runtime.xml.envelope.XmlResourceEnvelope;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and writes UCWA resources in JSON and XML. The binding of a payload is chosen by its rel; a rel no binding
 * reads gives a {@link GenericResource}. Created once and shared: thread-safe, its parser factories are made up
 * front.
 *
 * <p>Whatever the payload, reading either returns a resource or throws a {@link UcwaPayloadException} that tells
 * its {@link UcwaPayloadException.Kind kind} and location: DTDs and entities are refused unresolved, nothing is
 * fetched, and {@link ReadLimits} bound depth and sizes ({@link #withLimits}). Writing to a stream writes a
 * complete document or nothing.
 *
 * <pre>{@code
 * UcwaCodec codec = UcwaCodec.create();
 * Conversation conversation = codec.read(json, PayloadFormat.JSON, Conversation.class);
 * String xml = codec.writeToString(conversation, PayloadFormat.XML);
 * }</pre>
 */
public final class UcwaCodec {

    private final BindingRegistry registry;
    private final ReadLimits limits;
    private final DataHrefs dataHrefs;
    private final JsonFormat json;
    private final XmlFormat xml;

    private UcwaCodec(BindingRegistry registry, ReadLimits limits, DataHrefs dataHrefs) {
        this.registry = registry;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.dataHrefs = Objects.requireNonNull(dataHrefs, "dataHrefs");
        this.json = new JsonFormat(limits, dataHrefs);
        this.xml = new XmlFormat(limits, dataHrefs);
    }

    /**
     * A codec of the bindings every {@link BindingProvider} on the class path supplies, found with
     * {@link java.util.ServiceLoader} through the context class loader, then the runtime's.
     */
    public static UcwaCodec create() {
        return new UcwaCodec(BindingRegistry.discover(), ReadLimits.defaults(), DataHrefs.DECODED_ON_READ);
    }

    /** A codec of exactly these bindings. Two different bindings of one rel are refused. */
    public static UcwaCodec of(Collection<? extends ResourceBinding<?>> bindings) {
        return new UcwaCodec(BindingRegistry.of(bindings), ReadLimits.defaults(), DataHrefs.DECODED_ON_READ);
    }

    /** A codec of the same bindings that reads under other limits. */
    public UcwaCodec withLimits(ReadLimits newLimits) {
        return new UcwaCodec(registry, newLimits, dataHrefs);
    }

    /**
     * A codec of the same bindings and limits that decodes the {@code data:} hrefs of links as it reads
     * ({@link DataHrefs#DECODED_ON_READ}, the default: a malformed one fails the read) or only when
     * {@link Link#dataUri()} is asked ({@link DataHrefs#DECODED_ON_DEMAND}: the link keeps its href as text).
     */
    public UcwaCodec withDataHrefs(DataHrefs newDataHrefs) {
        return new UcwaCodec(registry, limits, newDataHrefs);
    }

    /** When this codec decodes {@code data:} hrefs; {@link DataHrefs#DECODED_ON_READ} unless set. */
    public DataHrefs dataHrefs() {
        return dataHrefs;
    }

    /** The limits this codec reads under; {@link ReadLimits#defaults()} unless set with {@link #withLimits}. */
    public ReadLimits limits() {
        return limits;
    }

    /** The bindings this codec knows, besides {@link GenericResource#BINDING}. */
    public Collection<ResourceBinding<?>> bindings() {
        return registry.bindings();
    }

    /** Reads a resource of any known rel; fails when the payload has no rel. */
    public UcwaResource read(String payload, PayloadFormat format) {
        return read(payload, format, this::readAny);
    }

    public UcwaResource read(byte[] payload, PayloadFormat format) {
        return read(payload, format, this::readAny);
    }

    /** Reads from a stream, which is left open. */
    public UcwaResource read(InputStream payload, PayloadFormat format) {
        return read(payload, format, this::readAny);
    }

    /** Reads a resource of the given class; fails when the payload names another rel. */
    public <T extends UcwaResource> T read(String payload, PayloadFormat format, Class<T> type) {
        return read(payload, format, typed(type));
    }

    public <T extends UcwaResource> T read(byte[] payload, PayloadFormat format, Class<T> type) {
        return read(payload, format, typed(type));
    }

    public <T extends UcwaResource> T read(InputStream payload, PayloadFormat format, Class<T> type) {
        return read(payload, format, typed(type));
    }

    /**
     * Writes a resource in UTF-8 to a stream, which is flushed and left open. The document is written only once
     * complete: when writing fails, nothing reaches the stream.
     */
    public void write(UcwaResource resource, PayloadFormat format, OutputStream out) {
        Consumer<ResourceWriter> body = writing(resource);
        switch (Objects.requireNonNull(format, "format")) {
            case JSON -> json.write(out, body);
            case XML -> xml.write(out, body);
        }
    }

    public String writeToString(UcwaResource resource, PayloadFormat format) {
        Consumer<ResourceWriter> body = writing(resource);
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> json.writeToString(body);
            case XML -> xml.writeToString(body);
        };
    }

    /** The resource as a JAXB envelope. */
    public XmlResourceEnvelope toEnvelope(UcwaResource resource) {
        EnvelopeResourceWriter writer = new EnvelopeResourceWriter();
        writing(resource).accept(writer);
        return writer.envelope();
    }

    /** The resource a JAXB envelope holds, read by the binding of its rel. */
    public UcwaResource fromEnvelope(XmlResourceEnvelope envelope) {
        return readAny(EnvelopeResourceReader.of(envelope));
    }

    public <T extends UcwaResource> T fromEnvelope(XmlResourceEnvelope envelope, Class<T> type) {
        return typed(type).apply(EnvelopeResourceReader.of(envelope));
    }

    /**
     * Reads a document whose root {@code body} reads, under this codec's limits and its way with {@code data:}
     * hrefs: for bodies that are not resources, such as request inputs
     * ({@link io.github.ucwakit.runtime.operations.RequestBodies#read}). The root is a JSON object, or an XML
     * {@code <resource>} or {@code <input>}.
     */
    public <T> T readDocument(String payload, PayloadFormat format, Function<? super ResourceReader, ? extends T> body) {
        Objects.requireNonNull(body, "body");
        return read(payload, format, reader -> body.apply(reader));
    }

    /**
     * Reads the resource a reader stands on, to its end, with the binding of its rel: a {@link GenericResource}
     * for a rel no binding reads or a resource without a rel. For payloads that embed resources in a structure of
     * their own, such as event-channel responses.
     */
    public UcwaResource readResource(ResourceReader reader) {
        Objects.requireNonNull(reader, "reader");
        return reader.rel() == null ? GenericResource.BINDING.read(reader) : readAny(reader);
    }

    /** Writes a resource with the binding of its class to a writer standing where a resource may begin. */
    public void writeResource(UcwaResource resource, ResourceWriter writer) {
        Objects.requireNonNull(writer, "writer");
        write(resource, writer);
    }

    /** Writes with the binding of the resource's class, without a function wrapping them (one per event). */
    private <T extends UcwaResource> void write(T resource, ResourceWriter writer) {
        registry.forWriting(Objects.requireNonNull(resource, "resource")).write(resource, writer);
    }

    /** Reads the resource a reader stands on with the binding of its rel. */
    UcwaResource readAny(ResourceReader reader) {
        String rel = reader.rel();
        if (rel == null) {
            throw new UcwaPayloadException(UcwaPayloadException.Kind.MISSING_REL,
                    "the payload has no rel; read it with a type", reader.location());
        }
        return registry.forRel(rel).read(reader);
    }

    /**
     * Reads with the binding of a class, refusing a payload of another rel. A JSON reader is not made to look
     * ahead for a rel that comes late in the object: the rel is checked as soon as it has been read.
     */
    <T extends UcwaResource> Function<ResourceReader, T> typed(Class<T> type) {
        ResourceBinding<T> binding = registry.forType(type);
        if (binding == GenericResource.BINDING) {
            return binding::read;
        }
        return reader -> {
            reader.onRel(read -> requireRel(binding, read));
            return binding.read(reader);
        };
    }

    private static void requireRel(ResourceBinding<?> binding, ResourceReader reader) {
        String rel = reader.rel();
        if (rel != null && !rel.equals(binding.rel())) {
            throw new UcwaPayloadException(UcwaPayloadException.Kind.WRONG_REL, "expected a '" + binding.rel()
                    + "' resource, found rel " + UcwaPayloadException.quote(rel), reader.location());
        }
    }

    /** Writes a resource with the binding of its class. */
    <T extends UcwaResource> Consumer<ResourceWriter> writing(T resource) {
        ResourceBinding<T> binding = registry.forWriting(Objects.requireNonNull(resource, "resource"));
        return writer -> binding.write(resource, writer);
    }

    private <T> T read(String payload, PayloadFormat format, Function<ResourceReader, T> body) {
        Objects.requireNonNull(payload, "payload");
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> json.read(payload, body);
            case XML -> xml.read(payload, body);
        };
    }

    private <T> T read(byte[] payload, PayloadFormat format, Function<ResourceReader, T> body) {
        Objects.requireNonNull(payload, "payload");
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> json.read(payload, body);
            case XML -> xml.read(payload, body);
        };
    }

    private <T> T read(InputStream payload, PayloadFormat format, Function<ResourceReader, T> body) {
        Objects.requireNonNull(payload, "payload");
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> json.read(payload, body);
            case XML -> xml.read(payload, body);
        };
    }
}
