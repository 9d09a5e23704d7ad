package io.github.ucwakit.runtime;

import java.util.Objects;

/**
 * What every generated resource binding shares: the rel and the class it reads and writes, given once to the
 * constructor. Generated bindings extend it and implement {@link #read} and {@link #write}.
 *
 * @param <T> the generated resource class
 */
public abstract class GeneratedBinding<T extends UcwaResource> implements ResourceBinding<T> {

    private final String rel;
    private final Class<T> type;

    protected GeneratedBinding(String rel, Class<T> type) {
        this.rel = Objects.requireNonNull(rel, "rel");
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public final String rel() {
        return rel;
    }

    @Override
    public final Class<T> type() {
        return type;
    }
}
