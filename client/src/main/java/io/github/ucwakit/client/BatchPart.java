package io.github.ucwakit.client;

import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import org.jspecify.annotations.Nullable;

/**
 * One request of a {@link Batch}: the handle its typed result is taken with from the {@link BatchResults}.
 * Immutable.
 *
 * @param <T> the class its response body is read into
 */
public final class BatchPart<T extends UcwaResource> {

    private final int index;
    private final UcwaRequest request;
    private final @Nullable Class<T> type;
    private final ErrorCatalog errors;

    BatchPart(int index, UcwaRequest request, @Nullable Class<T> type, ErrorCatalog errors) {
        this.index = index;
        this.request = request;
        this.type = type;
        this.errors = errors;
    }

    /** The position of the request in the batch, from 0. */
    public int index() {
        return index;
    }

    /** The request, as it is written into the batch. */
    public UcwaRequest request() {
        return request;
    }

    @Nullable Class<T> type() {
        return type;
    }

    ErrorCatalog errors() {
        return errors;
    }

    @Override
    public String toString() {
        return "part " + index + ": " + request.method() + " " + request.href();
    }
}
