package io.github.ucwakit.runtime;

import java.util.Optional;

/** A resource of a rel no descriptor describes: everything it held is kept in {@link #unknownMembers()}. */
public final class GenericResource implements UcwaResource {

    private GenericResource() {
        throw new UnsupportedOperationException("contract stub, implemented in the runtime");
    }

    @Override
    public String rel() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Link> self() {
        throw new UnsupportedOperationException();
    }

    @Override
    public UnknownMembers unknownMembers() {
        throw new UnsupportedOperationException();
    }
}
