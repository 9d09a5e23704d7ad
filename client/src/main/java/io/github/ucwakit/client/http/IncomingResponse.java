package io.github.ucwakit.client.http;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP response: status, headers (names without regard to case) and the whole body. Immutable: the body is
 * copied in and out, except where the response itself hands it to a reader ({@link #readBody}). A response the
 * JDK's client received keeps that client's headers, which are immutable and case-insensitive already, and its
 * body array, which nothing else holds.
 */
public final class IncomingResponse {

    private final OutgoingRequest request;
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /**
     * @param request the request it answers
     * @param status the HTTP status
     * @param headers the headers, copied; names are compared without regard to case
     * @param body the body, copied; empty for none
     */
    public IncomingResponse(OutgoingRequest request, int status, Map<String, List<String>> headers, byte[] body) {
        this.request = Objects.requireNonNull(request, "request");
        this.status = status;
        this.headers = caseInsensitiveCopy(headers);
        this.body = body.clone();
    }

    private IncomingResponse(OutgoingRequest request, int status, HttpHeaders received, byte[] body) {
        this.request = Objects.requireNonNull(request, "request");
        this.status = status;
        this.headers = received.map();
        this.body = body;
    }

    /**
     * A response as the JDK's client received it: its headers, whose map is immutable and case-insensitive, and its
     * body array, which nothing else holds, are kept without a copy.
     */
    static IncomingResponse received(OutgoingRequest request, int status, HttpHeaders headers, byte[] body) {
        return new IncomingResponse(request, status, headers, body);
    }

    private static Map<String, List<String>> caseInsensitiveCopy(Map<String, List<String>> headers) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /** The request it answers. */
    public OutgoingRequest request() {
        return request;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The headers, names compared without regard to case. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The URI of the request this answers. */
    public URI uri() {
        return request.uri();
    }

    /** Whether the status is 2xx. */
    public boolean success() {
        return status >= 200 && status < 300;
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a header, in order. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** The {@code Content-Type}. */
    public Optional<String> contentType() {
        return header("Content-Type");
    }

    /** A copy of the body; empty for none. */
    public byte[] body() {
        return body.clone();
    }

    /** The length of the body, without copying it. */
    public int bodyLength() {
        return body.length;
    }

    /** Reads the body into a resource of this class with a codec, in this format, without copying it. */
    public <T extends UcwaResource> T readBody(UcwaCodec codec, PayloadFormat format, Class<T> type) {
        return codec.read(body, format, type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncomingResponse other && request.equals(other.request) && status == other.status
                && headers.equals(other.headers) && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(request, status, headers) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return status + " for " + request + " (" + body.length + " bytes)";
    }
}
