package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaPayloadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and writes whole JSON documents of one resource over Jackson streaming, with one {@link JsonFactory}
 * created up front. The reader handed to a body already knows the document's rel, wherever {@code rel} stands in
 * the object. Streams are left open. Thread-safe.
 */
public final class JsonFormat {

    private final JsonFactory factory;

    public JsonFormat() {
        this.factory = JsonFactory.builder()
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /** Reads a document: {@code body} reads the root resource. */
    public <T> T read(String payload, Function<? super ResourceReader, ? extends T> body) {
        return read(() -> factory.createParser(payload), body);
    }

    public <T> T read(byte[] payload, Function<? super ResourceReader, ? extends T> body) {
        return read(() -> factory.createParser(payload), body);
    }

    public <T> T read(InputStream payload, Function<? super ResourceReader, ? extends T> body) {
        return read(() -> factory.createParser(payload), body);
    }

    /**
     * Reads the object the parser stands on (or, at the start of a stream, the next one): {@code body} reads it.
     * Leaves the parser on the object's closing brace.
     */
    public static <T> T read(JsonParser parser, Function<? super ResourceReader, ? extends T> body)
            throws IOException {
        if (!parser.hasCurrentToken()) {
            parser.nextToken();
        }
        JsonResourceReader reader = RelLocator.open(parser);
        T result = body.apply(reader);
        reader.skipToEnd();
        return result;
    }

    /** Writes a document in UTF-8: {@code body} writes the root resource. */
    public void write(OutputStream out, Consumer<? super ResourceWriter> body) {
        try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
            body.accept(new JsonResourceWriter(generator));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String writeToString(Consumer<? super ResourceWriter> body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(text)) {
            body.accept(new JsonResourceWriter(generator));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private <T> T read(Opener opener, Function<? super ResourceReader, ? extends T> body) {
        try (JsonParser parser = opener.open()) {
            T result = read(parser, body);
            if (parser.nextToken() != null) {
                throw new UcwaPayloadException("unexpected content after the resource", JsonPaths.ROOT);
            }
            return result;
        } catch (IOException e) {
            throw JsonErrors.wrap(e, JsonPaths.ROOT);
        }
    }

    @FunctionalInterface
    private interface Opener {
        JsonParser open() throws IOException;
    }
}
