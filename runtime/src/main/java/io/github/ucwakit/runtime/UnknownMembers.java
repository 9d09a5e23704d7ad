package io.github.ucwakit.runtime;

import java.util.List;
import java.util.Map;

/**
 * The members of a resource that its descriptor does not describe: properties, links and embedded resources,
 * kept in document order and written back unchanged. Immutable.
 */
public final class UnknownMembers {

    private UnknownMembers() {
        throw new UnsupportedOperationException("contract stub, implemented in the runtime");
    }

    public static UnknownMembers empty() {
        throw new UnsupportedOperationException();
    }

    public static Builder builder() {
        throw new UnsupportedOperationException();
    }

    public Builder toBuilder() {
        throw new UnsupportedOperationException();
    }

    public boolean isEmpty() {
        throw new UnsupportedOperationException();
    }

    /** Unknown properties by name, in document order. */
    public Map<String, PropertyValue> properties() {
        throw new UnsupportedOperationException();
    }

    /** Unknown links, in document order. */
    public List<Link> links() {
        throw new UnsupportedOperationException();
    }

    /** Unknown embedded resources, in document order, each read as a {@link GenericResource}. */
    public List<GenericResource> embedded() {
        throw new UnsupportedOperationException();
    }

    /** Writes the unknown links; a binding calls it after its own links. */
    public void writeLinks(ResourceWriter writer) {
        throw new UnsupportedOperationException();
    }

    /** Writes the unknown properties; a binding calls it after its own properties. */
    public void writeProperties(ResourceWriter writer) {
        throw new UnsupportedOperationException();
    }

    /** Writes the unknown embedded resources; a binding calls it after its own. */
    public void writeEmbedded(ResourceWriter writer) {
        throw new UnsupportedOperationException();
    }

    /** Collects unknown members while a binding reads. */
    public static final class Builder {

        private Builder() {}

        /** Keeps the property the reader stands on. */
        public Builder readProperty(ResourceReader reader) {
            throw new UnsupportedOperationException();
        }

        /** Keeps the link the reader stands on. */
        public Builder readLink(ResourceReader reader) {
            throw new UnsupportedOperationException();
        }

        /** Keeps the embedded resource the reader stands on, read as a {@link GenericResource}. */
        public Builder readEmbedded(ResourceReader reader) {
            throw new UnsupportedOperationException();
        }

        public Builder property(String name, PropertyValue value) {
            throw new UnsupportedOperationException();
        }

        public Builder removeProperty(String name) {
            throw new UnsupportedOperationException();
        }

        public UnknownMembers build() {
            throw new UnsupportedOperationException();
        }
    }
}
