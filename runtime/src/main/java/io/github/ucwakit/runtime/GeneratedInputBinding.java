package io.github.ucwakit.runtime;

import java.util.Objects;
import org.jspecify.annotations.NullMarked;

/**
 * What every generated request-body binding shares: the resource and method of its operation and the input class,
 * given once to the constructor, and {@link #read}, the read loop of {@link GeneratedReader} around a new builder.
 * A generated input binding holds only its {@code readX} methods, {@link #newBuilder} and {@link #build}.
 *
 * @param <T> the generated input class
 * @param <B> its builder
 */
@NullMarked
public abstract class GeneratedInputBinding<T extends RequestInput, B> extends GeneratedReader<B>
        implements InputBinding<T> {

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

    /**
     * Reads the body the reader stands on: its parameters into a new builder, the rest into its
     * {@link UnknownMembers}; a missing required parameter fails with
     * {@link UcwaPayloadException.Kind#MISSING_VALUE} located where the reader stands.
     */
    @Override
    public final T read(ResourceReader reader) {
        B builder = newBuilder();
        UnknownMembers unknown = readMembers(reader, builder).build();
        try {
            return build(builder, unknown);
        } catch (IllegalStateException e) {
            throw new UcwaPayloadException(UcwaPayloadException.Kind.MISSING_VALUE, e.getMessage(),
                    reader.location());
        }
    }

    /** A builder with every parameter absent. */
    protected abstract B newBuilder();

    /**
     * The input of a filled builder, with the members it did not take.
     *
     * @throws IllegalStateException when a required parameter is absent
     */
    protected abstract T build(B builder, UnknownMembers unknownMembers);
}
