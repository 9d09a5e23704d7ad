package io.github.ucwakit.runtime;

import java.util.Objects;

/**
 * What every generated request-body binding shares: the resource and method of its operation and the input class,
 * given once to the constructor. Generated input bindings extend it and implement {@link #read}.
 *
 * @param <T> the generated input class
 */
public abstract class GeneratedInputBinding<T extends RequestInput> implements InputBinding<T> {

    private final String resource;
    private final HttpMethod method;
    private final Class<T> type;

    protected GeneratedInputBinding(String resource, HttpMethod method, Class<T> type) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.method = Objects.requireNonNull(method, "method");
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public final String resource() {
        return resource;
    }

    @Override
    public final HttpMethod method() {
        return method;
    }

    @Override
    public final Class<T> type() {
        return type;
    }
}
