package io.github.ucwakit.runtime.operations;

import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.PayloadFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request to UCWA, ready to hand to any HTTP client: method, href, headers, body and its content type. No
 * client is bundled. Immutable.
 */
public final class UcwaRequest {

    /** The header carrying a PUT's ETag. */
    public static final String IF_MATCH = "If-Match";
    public static final String ACCEPT = "Accept";
    public static final String CONTENT_TYPE = "Content-Type";

    private final HttpMethod method;
    private final String href;
    private final Map<String, String> headers;
    private final byte[] body;

    private UcwaRequest(Builder builder) {
        this.method = builder.method;
        this.href = builder.href;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.body = builder.body == null ? null : builder.body.clone();
    }

    /** A builder of a request of this method to this href. */
    public static Builder builder(HttpMethod method, String href) {
        return new Builder(method, href);
    }

    /** The media type of a payload format: {@code application/json} or {@code application/xml}. */
    public static String mediaType(PayloadFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> "application/json";
            case XML -> "application/xml";
        };
    }

    public HttpMethod method() {
        return method;
    }

    /** The target, as the link gave it (often relative to the UCWA host). */
    public String href() {
        return href;
    }

    /** Every header, in the order set. */
    public Map<String, String> headers() {
        return headers;
    }

    /** A header's value, its name compared without regard to case. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(h -> h.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The ETag sent as {@code If-Match}. */
    public Optional<String> ifMatch() {
        return header(IF_MATCH);
    }

    public Optional<String> contentType() {
        return header(CONTENT_TYPE);
    }

    /** A copy of the body. */
    public Optional<byte[]> body() {
        return Optional.ofNullable(body).map(byte[]::clone);
    }

    /** The body as UTF-8 text. */
    public Optional<String> bodyAsString() {
        return Optional.ofNullable(body).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UcwaRequest other
                && method == other.method
                && href.equals(other.href)
                && headers.equals(other.headers)
                && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, href, headers) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return method + " " + href + " " + headers + (body == null ? "" : " (" + body.length + " bytes)");
    }

    /** Builds a {@link UcwaRequest}. */
    public static final class Builder {

        private final HttpMethod method;
        private final String href;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Builder(HttpMethod method, String href) {
            this.method = Objects.requireNonNull(method, "method");
            this.href = Objects.requireNonNull(href, "href");
        }

        /** Sets a header, replacing one of the same name. */
        public Builder header(String name, String value) {
            Objects.requireNonNull(value, "value");
            headers.keySet().removeIf(n -> n.equalsIgnoreCase(name));
            headers.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /** Asks for a response in this format. */
        public Builder accept(PayloadFormat format) {
            return header(ACCEPT, mediaType(format));
        }

        /** The ETag of the resource being replaced, sent as {@code If-Match}; nothing for {@code null}. */
        public Builder ifMatch(String etag) {
            return etag == null ? this : header(IF_MATCH, etag);
        }

        /** The body and its content type. */
        public Builder body(byte[] body, String contentType) {
            if (!method.takesBody()) {
                throw new IllegalStateException("a " + method + " request has no body");
            }
            this.body = body.clone();
            return header(CONTENT_TYPE, contentType);
        }

        public UcwaRequest build() {
            return new UcwaRequest(this);
        }
    }
}
