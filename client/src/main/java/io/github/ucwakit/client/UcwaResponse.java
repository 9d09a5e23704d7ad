package io.github.ucwakit.client;

import io.github.ucwakit.runtime.UcwaResource;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The successful answer to an operation: its status (200, 201, 202, 204), the response body read into the
 * operation's response class when there is one, its ETag and its {@code Location} (where a 201 or 202 says the
 * created resource or the started operation is). Immutable.
 *
 * @param <T> the operation's response class
 */
public final class UcwaResponse<T extends UcwaResource> {

    private final int status;
    private final @Nullable T body;
    private final @Nullable String etag;
    private final @Nullable URI location;

    UcwaResponse(int status, @Nullable T body, @Nullable String etag, @Nullable URI location) {
        this.status = status;
        this.body = body;
        this.etag = etag;
        this.location = location;
    }

    public int status() {
        return status;
    }

    /** The response body; empty for an operation that returns none, or a 204. */
    public Optional<T> body() {
        return Optional.ofNullable(body);
    }

    /** The body with its ETag, for a later PUT. */
    public Tagged<T> tagged() {
        if (body == null) {
            throw new IllegalStateException("the response (" + status + ") has no body");
        }
        return Tagged.read(body, etag);
    }

    /** The {@code ETag} header. */
    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    /** The {@code Location} header, resolved to an absolute URI. */
    public Optional<URI> location() {
        return Optional.ofNullable(location);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof UcwaResponse<?> other && status == other.status && Objects.equals(body, other.body)
                && Objects.equals(etag, other.etag) && Objects.equals(location, other.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, body, etag, location);
    }

    @Override
    public String toString() {
        return "UcwaResponse{status=" + status + (etag == null ? "" : ", etag=" + etag)
                + (location == null ? "" : ", location=" + location) + ", body=" + body + "}";
    }
}
