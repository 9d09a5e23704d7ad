package io.github.ucwakit.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A response to write: status, headers (Content-Type among them when there is a body) and body. Immutable. */
public final class SimResponse {

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;
    private final int cutAfter;

    private SimResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, headers, body, -1);
    }

    private SimResponse(int status, Map<String, String> headers, byte[] body, int cutAfter) {
        this.status = status;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = body.clone();
        this.cutAfter = cutAfter;
    }

    /** A response without a body. */
    public static SimResponse empty(int status) {
        return new SimResponse(status, Map.of(), new byte[0]);
    }

    /** A response with a body of this content type. */
    public static SimResponse of(int status, String contentType, byte[] body) {
        Objects.requireNonNull(contentType, "contentType");
        return new SimResponse(status, Map.of(Formats.CONTENT_TYPE, contentType), body);
    }

    /** A response with a UTF-8 text body of this content type. */
    public static SimResponse text(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with one more header (replacing one of the same name). */
    public SimResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new SimResponse(status, copy, body);
    }

    /**
     * A copy whose connection is closed after the headers (announcing the whole body) and the first half of the
     * body, as a network failure in the middle of a response.
     */
    public SimResponse cutInTheMiddle() {
        return new SimResponse(status, headers, body, body.length / 2);
    }

    /** The number of body bytes written before the connection is closed, or -1 for the whole body. */
    int cutAfter() {
        return cutAfter;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    int bodyLength() {
        return body.length;
    }

    byte[] bodyUnsafe() {
        return body;
    }

    @Override
    public String toString() {
        return "SimResponse{" + status + ", " + headers + ", " + body.length + " bytes}";
    }
}
