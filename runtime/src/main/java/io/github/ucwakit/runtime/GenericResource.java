package io.github.ucwakit.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * A resource of a rel no descriptor describes: everything it held is kept in {@link #unknownMembers()}, so that
 * it is written back unchanged. Immutable.
 */
public final class GenericResource implements UcwaResource {

    /** Reads and writes resources of any rel as {@link GenericResource}. */
    public static final ResourceBinding<GenericResource> BINDING = new GenericResourceBinding();

    private final String rel;
    private final Link self;
    private final UnknownMembers unknownMembers;

    private GenericResource(Builder builder) {
        this.rel = builder.rel;
        this.self = builder.self;
        this.unknownMembers = builder.unknownMembers;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().rel(rel).self(self).unknownMembers(unknownMembers);
    }

    /** The rel, or {@code null} for an embedded JSON resource that had none. */
    @Override
    public String rel() {
        return rel;
    }

    @Override
    public Optional<Link> self() {
        return Optional.ofNullable(self);
    }

    @Override
    public UnknownMembers unknownMembers() {
        return unknownMembers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenericResource other
                && Objects.equals(rel, other.rel)
                && Objects.equals(self, other.self)
                && unknownMembers.equals(other.unknownMembers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rel, self, unknownMembers);
    }

    @Override
    public String toString() {
        return "GenericResource{rel=" + rel + ", self=" + self + ", " + unknownMembers + "}";
    }

    /** Builds a {@link GenericResource}. */
    public static final class Builder {

        private String rel;
        private Link self;
        private UnknownMembers unknownMembers = UnknownMembers.empty();

        private Builder() {}

        public Builder rel(String rel) {
            this.rel = rel;
            return this;
        }

        /** The self link; {@code null} for none. */
        public Builder self(Link self) {
            this.self = self;
            return this;
        }

        public Builder unknownMembers(UnknownMembers unknownMembers) {
            this.unknownMembers = Objects.requireNonNull(unknownMembers, "unknownMembers");
            return this;
        }

        public GenericResource build() {
            return new GenericResource(this);
        }
    }
}
