package io.github.ucwakit.client.http;

import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the client's transports pass it along: method, absolute URI, headers, body. Immutable; the
 * {@code with...} methods return a copy, which makes one new header map (none for the first header) and shares the
 * rest.
 */
public final class OutgoingRequest {

    private final String method;
    private final URI uri;
    private final Map<String, String> headers;
    private final byte @Nullable [] body;
    private final boolean sensitiveBody;

    /**
     * @param method the HTTP method, upper case
     * @param uri the absolute URI
     * @param headers the headers in the order set, names unique regardless of case; copied
     * @param body the body, or {@code null} for none
     * @param sensitiveBody whether the body carries a secret (a password, a token) and is never to be logged
     */
    public OutgoingRequest(String method, URI uri, Map<String, String> headers, byte @Nullable [] body,
            boolean sensitiveBody) {
        this(method, uri, body, sensitiveBody, Collections.unmodifiableMap(new LinkedHashMap<>(headers)));
    }

    /** Takes {@code headers} as it is: an unmodifiable map nothing else changes. */
    private OutgoingRequest(String method, URI uri, byte @Nullable [] body, boolean sensitiveBody,
            Map<String, String> headers) {
        this.method = Objects.requireNonNull(method, "method");
        this.uri = Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("a request needs an absolute URI: " + uri);
        }
        this.headers = headers;
        this.body = body;
        this.sensitiveBody = sensitiveBody;
    }

    /** A request without headers or body. */
    public static OutgoingRequest of(String method, URI uri) {
        return new OutgoingRequest(method, uri, null, false, Map.of());
    }

    /** The HTTP method, upper case. */
    public String method() {
        return method;
    }

    /** The absolute URI. */
    public URI uri() {
        return uri;
    }

    /** The headers in the order set, names unique regardless of case. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The body, or {@code null} for none. */
    public byte @Nullable [] body() {
        return body;
    }

    /** Whether the body carries a secret (a password, a token) and is never to be logged. */
    public boolean sensitiveBody() {
        return sensitiveBody;
    }

    /** Whether sending the request twice has the effect of sending it once (GET, PUT, DELETE): it may be retried. */
    public boolean idempotent() {
        return !method.equals("POST");
    }

    /** A header's value, its name compared without regard to case. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return Optional.of(header.getValue());
            }
        }
        return Optional.empty();
    }

    /** A copy with this header set, replacing one of the same name. */
    public OutgoingRequest withHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (headers.isEmpty()) {
            return new OutgoingRequest(method, uri, body, sensitiveBody, Map.of(name, value));
        }
        Map<String, String> copy = new LinkedHashMap<>(headers.size() * 2 + 2);
        headers.forEach((existing, existingValue) -> {
            if (!existing.equalsIgnoreCase(name)) {
                copy.put(existing, existingValue);
            }
        });
        copy.put(name, value);
        return new OutgoingRequest(method, uri, body, sensitiveBody, Collections.unmodifiableMap(copy));
    }

    /** A copy with this body and content type. */
    public OutgoingRequest withBody(byte[] newBody, String contentType, boolean sensitive) {
        return new OutgoingRequest(method, uri, newBody.clone(), sensitive, headers)
                .withHeader("Content-Type", contentType);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutgoingRequest other && method.equals(other.method) && uri.equals(other.uri)
                && headers.equals(other.headers) && Arrays.equals(body, other.body)
                && sensitiveBody == other.sensitiveBody;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, sensitiveBody) * 31 + Arrays.hashCode(body);
    }

    /** Method and URI only: headers may carry a token and bodies a password. */
    @Override
    public String toString() {
        return method + " " + uri;
    }
}
