package io.github.ucwakit.runtime.batch;

import io.github.ucwakit.runtime.UcwaPayloadException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link BatchRequest}: a {@code multipart/batching} body of
 * {@code application/http; msgtype=response} parts, one per request, in the requests' order. A client reads one
 * with {@link #parse(byte[], String)}; a server writes one with {@link #write()}.
 *
 * <p>A body that ends right after a delimiter line, without the close delimiter, is read as ending there (a sample
 * of the reference is written so): compare the number of parts with the number of requests sent. Immutable.
 */
public final class BatchResponse {

    private static final String MSGTYPE = "response";

    private final List<ResponsePart> parts;

    private BatchResponse(List<ResponsePart> parts) {
        this.parts = parts;
    }

    /** A response of these parts, in order; at least one. */
    public static BatchResponse of(List<ResponsePart> parts) {
        List<ResponsePart> copy = List.copyOf(parts);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a batch response holds at least one part");
        }
        return new BatchResponse(copy);
    }

    /** The parts, in the order of the requests they answer. */
    public List<ResponsePart> parts() {
        return parts;
    }

    /** The body with a boundary from {@link BoundarySource#contentDigest()}: the same parts, the same bytes. */
    public MultipartBody write() {
        return write(BoundarySource.contentDigest());
    }

    /**
     * The body, with a boundary from this source: each part is the status line, the headers, {@code Content-Length}
     * when the body is not empty, and the body.
     *
     * @throws UcwaPayloadException {@code INVALID_VALUE}, naming the part ({@code response 2}) and the header, for
     *     a reason phrase or header that cannot be written: a control character, a character above U+00FF, a space
     *     at either end of a value, a name that is not a token, or a {@code Content-Length} header
     */
    public MultipartBody write(BoundarySource boundaries) {
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ResponsePart part = parts.get(i);
            String location = "response " + (i + 1);
            String problem = HttpSyntax.fieldValueProblem(part.reason());
            if (problem != null) {
                throw new UcwaPayloadException("the reason phrase holds " + problem, location);
            }
            MessageWriter message = new MessageWriter(location, "HTTP/1.1 " + part.status() + " " + part.reason());
            for (Map.Entry<String, String> header : part.headers().entries()) {
                message.header(header.getKey(), header.getValue());
            }
            byte[] body = part.body();
            messages.add(message.finish(body.length == 0 ? null : body));
        }
        return MultipartWriter.write(messages, MSGTYPE, boundaries);
    }

    /** Reads a batch response under {@link BatchLimits#defaults()}. */
    public static BatchResponse parse(byte[] body, String contentType) {
        return parse(body, contentType, BatchLimits.defaults());
    }

    /** Reads a batch response from a stream, which is left open. */
    public static BatchResponse parse(InputStream body, String contentType, BatchLimits limits) {
        return parse(BatchBodies.readAll(body, limits), contentType, limits);
    }

    /**
     * Reads a batch response.
     *
     * @param contentType the {@code Content-Type} of the response: {@code multipart/batching} with its boundary
     * @throws UcwaPayloadException for anything but a batch of well-formed responses, with its {@code Kind} and
     *     where: {@code Content-Type}, {@code part 3}, {@code part 3, line 2} (lines counted from the line after
     *     the part's delimiter), or none for the body as a whole
     */
    public static BatchResponse parse(byte[] body, String contentType, BatchLimits limits) {
        List<ResponsePart> parts = new ArrayList<>();
        for (HttpPart part : BatchBodies.parts(body, contentType, MSGTYPE, limits)) {
            StartLines.StatusLine line = StartLines.status(part);
            ResponsePart.Builder response = ResponsePart.builder(line.status()).reason(line.reason());
            part.headers().forEach(h -> response.header(h.name(), h.value()));
            parts.add(response.body(part.body()).build());
        }
        return new BatchResponse(List.copyOf(parts));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchResponse other && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts);
    }

    @Override
    public String toString() {
        return "BatchResponse" + parts;
    }
}
