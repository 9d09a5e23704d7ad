package io.github.ucwakit.client.http;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP response: status, headers (names without regard to case) and the whole body. Immutable.
 *
 * @param request the request it answers
 * @param status the HTTP status
 * @param headers the headers, names compared without regard to case
 * @param body the body, empty for none
 */
public record IncomingResponse(OutgoingRequest request, int status, Map<String, List<String>> headers, byte[] body) {

    public IncomingResponse {
        Objects.requireNonNull(request, "request");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body.clone();
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

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The length of the body, without copying it. */
    public int bodyLength() {
        return body.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncomingResponse other && request.equals(other.request) && status == other.status
                && headers.equals(other.headers) && java.util.Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(request, status, headers) * 31 + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return status + " for " + request + " (" + body.length + " bytes)";
    }
}
