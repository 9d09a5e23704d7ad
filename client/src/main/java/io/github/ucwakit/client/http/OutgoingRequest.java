package io.github.ucwakit.client.http;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the client's transports pass it along: method, absolute URI, headers, body. Immutable; the
 * {@code with...} methods return a copy.
 *
 * @param method the HTTP method, upper case
 * @param uri the absolute URI
 * @param headers the headers in the order set, names unique regardless of case
 * @param body the body, or {@code null} for none
 * @param sensitiveBody whether the body carries a secret (a password, a token) and is never to be logged
 */
public record OutgoingRequest(String method, URI uri, Map<String, String> headers, byte @Nullable [] body,
        boolean sensitiveBody) {

    public OutgoingRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("a request needs an absolute URI: " + uri);
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** A request without headers or body. */
    public static OutgoingRequest of(String method, URI uri) {
        return new OutgoingRequest(method, uri, Map.of(), null, false);
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
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.keySet().removeIf(existing -> existing.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
        copy.put(name, Objects.requireNonNull(value, "value"));
        return new OutgoingRequest(method, uri, copy, body, sensitiveBody);
    }

    /** A copy with this body and content type. */
    public OutgoingRequest withBody(byte[] newBody, String contentType, boolean sensitive) {
        return new OutgoingRequest(method, uri, headers, newBody.clone(), sensitive)
                .withHeader("Content-Type", contentType);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutgoingRequest other && method.equals(other.method) && uri.equals(other.uri)
                && headers.equals(other.headers) && java.util.Arrays.equals(body, other.body)
                && sensitiveBody == other.sensitiveBody;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, sensitiveBody) * 31 + java.util.Arrays.hashCode(body);
    }

    /** Method and URI only: headers may carry a token and bodies a password. */
    @Override
    public String toString() {
        return method + " " + uri;
    }
}
