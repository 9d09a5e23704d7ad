package io.github.ucwakit.runtime.events;

import io.github.ucwakit.runtime.NameMap;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of an event-channel response: its type, the link to the resource it is about, an optional {@code in}
 * link (the collection the resource joined or left), the resource itself when the server embeds it, and for
 * operations a status and a reason. Members the format does not define are kept. Immutable.
 */
public final class Event {

    private final EventType type;
    private final Link link;
    private final Link in;
    private final String embeddedKey;
    private final UcwaResource resource;
    private final String status;
    private final UcwaError reason;
    private final Map<String, PropertyValue> unknownMembers;

    private Event(Builder builder) {
        this.type = Objects.requireNonNull(builder.type, "type");
        this.link = Objects.requireNonNull(builder.link, "link");
        this.in = builder.in;
        this.resource = builder.resource;
        this.embeddedKey = builder.resource == null ? null : builder.embeddedKey;
        this.status = builder.status;
        this.reason = builder.reason;
        this.unknownMembers = builder.unknownMembers == null ? Collections.emptyMap()
                : NameMap.copyOf(builder.unknownMembers).frozen();
    }

    /** A builder of an event of this type about the resource this link points at. */
    public static Builder builder(EventType type, Link link) {
        return new Builder(type, link);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(type, link).in(in).status(status).reason(reason);
        builder.embeddedKey = embeddedKey;
        builder.resource = resource;
        if (!unknownMembers.isEmpty()) {
            builder.unknownMembers = NameMap.copyOf(unknownMembers);
        }
        return builder;
    }

    public EventType type() {
        return type;
    }

    /** The link to the resource the event is about; its rel tells what the resource is. */
    public Link link() {
        return link;
    }

    /** The collection the resource was added to or removed from, when it can belong to several. */
    public Optional<Link> in() {
        return Optional.ofNullable(in);
    }

    /**
     * The embedded resource: the generated class of its rel, or a {@link io.github.ucwakit.runtime.GenericResource}
     * for a rel no descriptor describes.
     */
    public Optional<UcwaResource> resource() {
        return Optional.ofNullable(resource);
    }

    /** The embedded resource if it is of the given class. */
    public <T extends UcwaResource> Optional<T> resource(Class<T> type) {
        return resource().filter(type::isInstance).map(type::cast);
    }

    /**
     * The name the resource is embedded under in JSON ({@code _embedded}); the link's rel unless the payload used
     * another one. Empty when no resource is embedded.
     */
    public Optional<String> embeddedKey() {
        if (resource == null) {
            return Optional.empty();
        }
        return Optional.of(embeddedKey == null ? link.rel() : embeddedKey);
    }

    /** The status of an operation event, for example {@code Success} or {@code Failure}. */
    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    /** Why an operation failed or a resource changed, in the common error format. */
    public Optional<UcwaError> reason() {
        return Optional.ofNullable(reason);
    }

    /** Members the event format does not define, in document order. */
    public Map<String, PropertyValue> unknownMembers() {
        return unknownMembers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Event other
                && type.equals(other.type)
                && link.equals(other.link)
                && Objects.equals(in, other.in)
                && embeddedKey().equals(other.embeddedKey())
                && Objects.equals(resource, other.resource)
                && Objects.equals(status, other.status)
                && Objects.equals(reason, other.reason)
                && unknownMembers.equals(other.unknownMembers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, link, in, embeddedKey(), resource, status, reason, unknownMembers);
    }

    @Override
    public String toString() {
        return "Event{type=" + type + ", link=" + link + (in == null ? "" : ", in=" + in)
                + (resource == null ? "" : ", resource=" + resource.rel())
                + (status == null ? "" : ", status=" + status) + (reason == null ? "" : ", reason=" + reason) + "}";
    }

    /** Builds an {@link Event}. */
    public static final class Builder {

        private final EventType type;
        private final Link link;
        private Link in;
        private String embeddedKey;
        private UcwaResource resource;
        private String status;
        private UcwaError reason;
        /** Made for the first unknown member. */
        private Map<String, PropertyValue> unknownMembers;

        private Builder(EventType type, Link link) {
            this.type = Objects.requireNonNull(type, "type");
            this.link = Objects.requireNonNull(link, "link");
        }

        /** The collection link; {@code null} for none. */
        public Builder in(Link in) {
            this.in = in;
            return this;
        }

        /** The embedded resource, under the link's rel in JSON; {@code null} for none. */
        public Builder resource(UcwaResource resource) {
            return resource(null, resource);
        }

        /** The embedded resource under a JSON key of its own ({@code null}: the link's rel). */
        public Builder resource(String key, UcwaResource resource) {
            this.embeddedKey = key;
            this.resource = resource;
            return this;
        }

        /** The operation status; {@code null} for none. */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /** The reason; {@code null} for none. */
        public Builder reason(UcwaError reason) {
            this.reason = reason;
            return this;
        }

        /** Keeps a member the event format does not define. */
        public Builder unknownMember(String name, PropertyValue value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (unknownMembers == null) {
                unknownMembers = new NameMap<>();
            }
            unknownMembers.put(name, value);
            return this;
        }

        public Event build() {
            return new Event(this);
        }
    }
}
