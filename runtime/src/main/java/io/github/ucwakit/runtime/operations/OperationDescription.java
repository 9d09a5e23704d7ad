package io.github.ucwakit.runtime.operations;

import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.RequestInput;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.errors.ErrorEntry;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An HTTP operation on a resource, as the reference describes it: the method, the rel of the link it is called on
 * (the resource's), the success status, the response body's rel and class, the request body's input class and the
 * operation's own error table. Generated per resource, for example {@code ConversationOperations.GET}. Builds the
 * {@link UcwaRequest}s of the operation and reads its responses. Immutable.
 *
 * @param <T> the class of the response body: a generated class, a
 *     {@link io.github.ucwakit.runtime.GenericResource} for an undescribed rel, or {@link UcwaResource} when the
 *     operation returns no body
 */
public final class OperationDescription<T extends UcwaResource> {

    private final String resource;
    private final HttpMethod method;
    private final String description;
    private final Integer status;
    private final String responseRel;
    private final Class<T> responseType;
    private final Class<? extends RequestInput> inputType;
    private final ErrorCatalog errors;

    private OperationDescription(Builder<T> builder) {
        this.resource = builder.resource;
        this.method = builder.method;
        this.description = builder.description;
        this.status = builder.status;
        this.responseRel = builder.responseRel;
        this.responseType = builder.responseType;
        this.inputType = builder.inputType;
        this.errors = builder.errors;
    }

    /** A builder of an operation without a response body. */
    public static Builder<UcwaResource> builder(String resource, HttpMethod method) {
        return new Builder<>(resource, method);
    }

    /** The rel of the resource, which is also the rel of the link the operation is called on. */
    public String resource() {
        return resource;
    }

    public HttpMethod method() {
        return method;
    }

    public String description() {
        return description;
    }

    /** The HTTP status of success, when the reference states it. */
    public OptionalInt successStatus() {
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The rel of the response body's resource; empty when the response has no body. */
    public Optional<String> responseRel() {
        return Optional.ofNullable(responseRel);
    }

    /** The class the response body is read into; empty when the response has no body. */
    public Optional<Class<T>> responseType() {
        return Optional.ofNullable(responseType);
    }

    /** The class of the request body, for a POST or PUT with request parameters. */
    public Optional<Class<? extends RequestInput>> inputType() {
        return Optional.ofNullable(inputType);
    }

    /** The synchronous errors specific to this operation. */
    public ErrorCatalog errors() {
        return errors;
    }

    /** The row of this operation's error table a failed response is; empty for another error. */
    public Optional<ErrorEntry> matchError(int status, UcwaError error) {
        return errors.match(status, error);
    }

    /** A request without a body on a link to the resource, asking for a response in {@code accept}. */
    public UcwaRequest request(Link target, PayloadFormat accept) {
        if (inputType != null) {
            throw new IllegalStateException(this + " takes a " + inputType.getSimpleName() + " body");
        }
        return UcwaRequest.builder(method, target.href()).accept(accept).build();
    }

    /** A request whose body is the input, written in {@code format}, which is also the format asked for. */
    public UcwaRequest request(Link target, RequestInput input, PayloadFormat format) {
        Objects.requireNonNull(input, "input");
        if (!method.takesBody()) {
            throw new IllegalStateException(this + " takes no body");
        }
        if (inputType != null && !inputType.isInstance(input)) {
            throw new IllegalArgumentException(this + " takes a " + inputType.getSimpleName() + ", not a "
                    + input.getClass().getSimpleName());
        }
        return UcwaRequest.builder(method, target.href())
                .accept(format)
                .body(RequestBodies.write(input, format), UcwaRequest.mediaType(format))
                .build();
    }

    /**
     * A PUT of a whole resource to its self link, every member that was read written back (unknown ones
     * included), with the resource's ETag as {@code If-Match}.
     *
     * @param etag the ETag the resource was read with; {@code null} to send none
     */
    public UcwaRequest put(UcwaResource replacement, String etag, PayloadFormat format, UcwaCodec codec) {
        if (method != HttpMethod.PUT) {
            throw new IllegalStateException(this + " is not a PUT");
        }
        if (!resource.equals(replacement.rel())) {
            throw new IllegalArgumentException(this + " replaces a " + resource + ", not a " + replacement.rel());
        }
        Link self = replacement.self().orElseThrow(() ->
                new IllegalArgumentException("the " + resource + " to PUT has no self link"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        codec.write(replacement, format, body);
        return UcwaRequest.builder(method, self.href())
                .ifMatch(etag)
                .body(body.toByteArray(), UcwaRequest.mediaType(format))
                .build();
    }

    /** Reads a success response's body into the response class. */
    public T readResponse(String body, PayloadFormat format, UcwaCodec codec) {
        if (responseType == null) {
            throw new IllegalStateException(this + " returns no body");
        }
        return codec.read(body, format, responseType);
    }

    @Override
    public String toString() {
        return method + " " + resource;
    }

    /**
     * Builds an {@link OperationDescription}.
     *
     * @param <T> the class of the response body
     */
    public static final class Builder<T extends UcwaResource> {

        private final String resource;
        private final HttpMethod method;
        private String description = "";
        private Integer status;
        private String responseRel;
        private Class<T> responseType;
        private Class<? extends RequestInput> inputType;
        private ErrorCatalog errors = ErrorCatalog.of();

        private Builder(String resource, HttpMethod method) {
            this.resource = Objects.requireNonNull(resource, "resource");
            this.method = Objects.requireNonNull(method, "method");
        }

        private Builder(Builder<?> from) {
            this(from.resource, from.method);
            this.description = from.description;
            this.status = from.status;
            this.inputType = from.inputType;
            this.errors = from.errors;
        }

        public Builder<T> description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** The success status. */
        public Builder<T> status(int status) {
            this.status = status;
            return this;
        }

        /** The response body's rel and the class it is read into. */
        public <R extends UcwaResource> Builder<R> response(String rel, Class<R> type) {
            Builder<R> typed = new Builder<>(this);
            typed.responseRel = Objects.requireNonNull(rel, "rel");
            typed.responseType = Objects.requireNonNull(type, "type");
            return typed;
        }

        /** The request body's class. */
        public Builder<T> input(Class<? extends RequestInput> type) {
            this.inputType = Objects.requireNonNull(type, "type");
            return this;
        }

        public Builder<T> errors(ErrorCatalog errors) {
            this.errors = Objects.requireNonNull(errors, "errors");
            return this;
        }

        public OperationDescription<T> build() {
            return new OperationDescription<>(this);
        }
    }
}
