package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.ucwakit.runtime.DataHrefs;
import io.github.ucwakit.runtime.ReadLimits;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and writes whole JSON documents of one resource over Jackson streaming, with one {@link JsonFactory}
 * created up front. The reader handed to a body tells the document's rel when asked before its first member,
 * wherever {@code rel} stands in the object. Parsers enforce {@link ReadLimits}. Streams are left open. Thread-safe.
 */
public final class JsonFormat {

    private final NameSafeJsonFactory factory;
    private final DataHrefs dataHrefs;

    /** A format with {@link ReadLimits#defaults()}. */
    public JsonFormat() {
        this(ReadLimits.defaults());
    }

    /** A format whose parsers enforce the limits through Jackson's {@link StreamReadConstraints}. */
    public JsonFormat(ReadLimits limits) {
        this(limits, DataHrefs.DECODED_ON_READ);
    }

    /**
     * A format that also says when the {@code data:} hrefs of links are decoded. Member names come from the
     * payload, so the parsers keep them in no shared table ({@link NameSafeJsonFactory}).
     */
    public JsonFormat(ReadLimits limits, DataHrefs dataHrefs) {
        this.dataHrefs = Objects.requireNonNull(dataHrefs, "dataHrefs");
        this.factory = new NameSafeJsonFactory(new JsonFactoryBuilder()
                .streamReadConstraints(constraints(limits))
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET));
    }

    /**
     * Jackson's constraints for the limits. A member name keeps Jackson's own, smaller limit, or the string limit
     * when that is smaller still.
     */
    public static StreamReadConstraints constraints(ReadLimits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(Math.min(limits.maxStringLength(), StreamReadConstraints.DEFAULT_MAX_NAME_LEN))
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxDocumentSize() == ReadLimits.NO_LIMIT ? -1 : limits.maxDocumentSize())
                .build();
    }

    /** Reads a document: {@code body} reads the root resource. */
    public <T> T read(String payload, Function<? super ResourceReader, ? extends T> body) {
        return read(() -> factory.createParser(payload), body);
    }

    /** Reads a UTF-8 document, sharing its names in a bounded table ({@link NameSafeJsonFactory}). */
    public <T> T read(byte[] payload, Function<? super ResourceReader, ? extends T> body) {
        return factory.readSharingNames(payload, opener -> read(opener, body));
    }

    public <T> T read(InputStream payload, Function<? super ResourceReader, ? extends T> body) {
        return read(() -> factory.createParser(payload), body);
    }

    /**
     * Reads the object the parser stands on (or, at the start of a stream, the next one): {@code body} reads it.
     * The reader finds the rel first when {@code body} asks for it before reading a member; otherwise nothing is
     * looked ahead for. Leaves the parser on the object's closing brace.
     */
    public static <T> T read(JsonParser parser, Function<? super ResourceReader, ? extends T> body)
            throws IOException {
        return read(parser, body, DataHrefs.DECODED_ON_READ);
    }

    /** The same, decoding the {@code data:} hrefs of links as {@code dataHrefs} says. */
    public static <T> T read(JsonParser parser, Function<? super ResourceReader, ? extends T> body,
            DataHrefs dataHrefs) throws IOException {
        if (!parser.hasCurrentToken()) {
            parser.nextToken();
        }
        JsonResourceReader reader = JsonResourceReader.root(parser, dataHrefs);
        T result = body.apply(reader);
        reader.skipToEnd();
        return result;
    }

    /**
     * Writes a document in UTF-8: {@code body} writes the root resource. The document is written to {@code out}
     * only once complete: a failing body leaves {@code out} untouched.
     */
    public void write(OutputStream out, Consumer<? super ResourceWriter> body) {
        DeferredOutput document = new DeferredOutput(out);
        try (JsonGenerator generator = factory.createGenerator(document, JsonEncoding.UTF8)) {
            body.accept(new JsonResourceWriter(generator));
            document.commit();
        } catch (IOException e) {
            throw JsonErrors.wrapWrite(e);
        }
    }

    public String writeToString(Consumer<? super ResourceWriter> body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(text)) {
            body.accept(new JsonResourceWriter(generator));
        } catch (IOException e) {
            throw JsonErrors.wrapWrite(e);
        }
        return text.toString();
    }

    private <T> T read(JsonOpener opener, Function<? super ResourceReader, ? extends T> body) {
        JsonParser parser = null;
        try {
            parser = opener.open();
            T result = read(parser, body, dataHrefs);
            if (parser.nextToken() != null) {
                throw new UcwaPayloadException(Kind.MALFORMED, "unexpected content after the resource",
                        JsonPaths.ROOT);
            }
            return result;
        } catch (IOException e) {
            throw JsonErrors.wrap(e, parser, JsonPaths.ROOT);
        } finally {
            close(parser);
        }
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // the source is left open; closing the parser only releases its buffers
            }
        }
    }
}
