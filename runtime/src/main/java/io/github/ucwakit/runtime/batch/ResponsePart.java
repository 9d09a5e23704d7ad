package io.github.ucwakit.runtime.batch;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The response to one request of a batch: status, reason phrase, headers and body bytes. Read its body with the
 * codec or {@code ErrorBodies}, in the {@link #payloadFormat() format} its Content-Type names:
 *
 * <pre>{@code
 * ResponsePart part = response.parts().get(1);
 * if (part.isSuccess()) {
 *     Me me = codec.read(part.body(), part.payloadFormat().orElseThrow(), Me.class);
 * } else {
 *     UcwaError error = ErrorBodies.read(part.body(), part.payloadFormat().orElseThrow());
 * }
 * }</pre>
 *
 * Immutable.
 */
public final class ResponsePart {

    private final int status;
    private final String reason;
    private final BatchHeaders headers;
    private final byte[] body;

    private ResponsePart(int status, String reason, BatchHeaders headers, byte[] body) {
        this.status = status;
        this.reason = reason;
        this.headers = headers;
        this.body = body;
    }

    /** A builder of a part of this status; its reason phrase is the usual one until {@link Builder#reason} sets it. */
    public static Builder builder(int status) {
        return new Builder(status);
    }

    public int status() {
        return status;
    }

    /** The reason phrase of the status line, possibly empty. */
    public String reason() {
        return reason;
    }

    public BatchHeaders headers() {
        return headers;
    }

    /** The value of the first header of this name, compared without regard to case. */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    public Optional<String> contentType() {
        return header("Content-Type");
    }

    /**
     * The format the Content-Type names: JSON for {@code application/json} and any {@code +json} type (UCWA's
     * {@code application/vnd.microsoft.com.ucwa+json}), XML for {@code application/xml}, {@code text/xml} and any
     * {@code +xml} type; empty for anything else or no Content-Type.
     */
    public Optional<PayloadFormat> payloadFormat() {
        Optional<String> contentType = contentType();
        if (contentType.isEmpty()) {
            return Optional.empty();
        }
        String essence;
        try {
            essence = MediaType.parse(contentType.get(), "Content-Type").essence();
        } catch (UcwaPayloadException notAMediaType) {
            return Optional.empty();
        }
        if (essence.equals("application/json") || essence.endsWith("+json")) {
            return Optional.of(PayloadFormat.JSON);
        }
        if (essence.equals("application/xml") || essence.equals("text/xml") || essence.endsWith("+xml")) {
            return Optional.of(PayloadFormat.XML);
        }
        return Optional.empty();
    }

    /** Whether the status is 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** A copy of the body; empty when the response has none. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponsePart other
                && status == other.status
                && reason.equals(other.reason)
                && headers.equals(other.headers)
                && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, reason, headers) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return status + " " + reason + " " + headers + " (" + body.length + " bytes)";
    }

    /** Builds a {@link ResponsePart}. */
    public static final class Builder {

        private final int status;
        private String reason;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private byte[] body = new byte[0];

        private Builder(int status) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("an HTTP status is from 100 to 599, not " + status);
            }
            this.status = status;
            this.reason = ReasonPhrases.of(status);
        }

        /** The reason phrase; empty is allowed. */
        public Builder reason(String reason) {
            this.reason = Objects.requireNonNull(reason, "reason");
            return this;
        }

        /** Adds a header (after any of the same name). */
        public Builder header(String name, String value) {
            headers.add(new AbstractMap.SimpleImmutableEntry<>(Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(value, "value")));
            return this;
        }

        /** The body, as it is. */
        public Builder body(byte[] body) {
            this.body = body.clone();
            return this;
        }

        /** The body and its Content-Type, which replaces any Content-Type set before. */
        public Builder body(byte[] body, String contentType) {
            Objects.requireNonNull(contentType, "contentType");
            headers.removeIf(h -> h.getKey().toLowerCase(Locale.ROOT).equals("content-type"));
            header("Content-Type", contentType);
            return body(body);
        }

        public ResponsePart build() {
            return new ResponsePart(status, reason, BatchHeaders.of(headers), body.clone());
        }
    }
}
