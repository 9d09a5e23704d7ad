package io.github.ucwakit.client;

import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaResource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A resource and the ETag it was read with: what a GET-change-PUT sends back as {@code If-Match}, so that a change
 * made on the server in between is refused (412) rather than overwritten. {@link #with} and {@link #map} change the
 * resource and keep the ETag. Immutable.
 *
 * <pre>{@code
 * Tagged<Communication> read = client.get(communicationLink, Communication.class);
 * client.put(CommunicationOperations.PUT, read.map(c -> c.toBuilder().phoneNumber("tel:+1555").build()));
 * }</pre>
 *
 * @param <T> the class of the resource
 */
public final class Tagged<T extends UcwaResource> {

    private final T value;
    private final @Nullable String etag;

    private Tagged(T value, @Nullable String etag) {
        this.value = Objects.requireNonNull(value, "value");
        this.etag = etag;
    }

    /** A resource with this ETag; {@code null} for a resource read without one. */
    public static <T extends UcwaResource> Tagged<T> of(T value, @Nullable String etag) {
        return new Tagged<>(value, etag);
    }

    /**
     * A resource read from a response: its ETag is the response's {@code ETag} header, else the {@code etag}
     * property the resource carries in its body (UCWA puts one in embedded resources), else none.
     */
    public static <T extends UcwaResource> Tagged<T> read(T value, @Nullable String etagHeader) {
        if (etagHeader != null && !etagHeader.isBlank()) {
            return new Tagged<>(value, etagHeader);
        }
        PropertyValue inBody = value.unknownMembers().properties().get("etag");
        return new Tagged<>(value, inBody instanceof PropertyValue.Text text ? text.value() : null);
    }

    public T value() {
        return value;
    }

    /** The ETag the resource was read with; empty when the server gave none. */
    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    /** The changed resource with the ETag of the one it was changed from. */
    public Tagged<T> with(T changed) {
        return new Tagged<>(changed, etag);
    }

    /** The resource changed by {@code change}, with the same ETag. */
    public Tagged<T> map(UnaryOperator<T> change) {
        return with(change.apply(value));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Tagged<?> other && value.equals(other.value) && Objects.equals(etag, other.etag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, etag);
    }

    @Override
    public String toString() {
        return "Tagged{etag=" + etag + ", value=" + value + "}";
    }
}
