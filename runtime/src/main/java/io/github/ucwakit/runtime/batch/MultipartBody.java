package io.github.ucwakit.runtime.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * A written {@code multipart/batching} body with the boundary it uses and the {@code Content-Type} header value
 * that names it ({@code multipart/batching;boundary=...}, as the reference writes it). Immutable.
 */
public final class MultipartBody {

    /** The media type of a batch, request and response alike. */
    public static final String MEDIA_TYPE = "multipart/batching";

    private final String boundary;
    private final byte[] bytes;

    MultipartBody(String boundary, byte[] bytes) {
        this.boundary = boundary;
        this.bytes = bytes;
    }

    public String boundary() {
        return boundary;
    }

    /** {@code multipart/batching;boundary=B}, the boundary quoted when it holds characters a token cannot. */
    public String contentType() {
        return MEDIA_TYPE + ";boundary=" + (HttpSyntax.isToken(boundary) ? boundary : "\"" + boundary + "\"");
    }

    /** A copy of the body. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The body's length in bytes. */
    public int size() {
        return bytes.length;
    }

    /** Writes the body to a stream, which is left open. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultipartBody other && boundary.equals(other.boundary)
                && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(boundary) * 31 + Arrays.hashCode(bytes);
    }

    /** The content type and the size; not the body, which may carry what a log should not. */
    @Override
    public String toString() {
        return contentType() + " (" + bytes.length + " bytes)";
    }
}
