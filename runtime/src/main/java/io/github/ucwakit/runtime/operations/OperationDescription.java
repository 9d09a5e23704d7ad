package io.github.ucwakit.runtime.operations;

import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.RequestInput;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.errors.ErrorEntry;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP operation on a resource, as the reference describes it: the method, the rel of the link it is called on
 * (the resource's), the success status, the request body's class, the response body's rel and class, and the
 * operation's own error table. Generated per resource, for example {@code ConversationOperations.GET}. Builds the
 * {@link UcwaRequest}s of the operation, typed by its request body so that a PUT on {@code communication} only
 * compiles with a {@code Communication}, and reads its responses. Immutable.
 *
 * <p>A PUT that sends the resource itself (UCWA's GET-change-PUT, {@link #put}) writes it as the reference's PUT
 * samples are shaped: the rel as the resource was read with it, every property (unknown ones included) and every
 * link it carries, in the order read, and no embedded resource (UCWA ignores links and embedded resources in a
 * request body; no PUT sample of the reference sends an embedded one, while a GET-change-PUT sends back the links it
 * read).
 *
 * @param <B> the class of the request body: {@link Void} for an operation without one, the generated input class
 *     (for example {@code AddParticipantInput}) for a POST or PUT with parameters, or the resource class itself
 *     (for example {@code Communication}) for a PUT that sends the resource
 * @param <T> the class of the response body: a generated class, a
 *     {@link io.github.ucwakit.runtime.GenericResource} for an undescribed rel, or {@link UcwaResource} when the
 *     operation returns no body
 */
public final class OperationDescription<B, T extends UcwaResource> {

    private final String resource;
    private final HttpMethod method;
    private final String description;
    private final Integer status;
    private final String responseRel;
    private final Class<T> responseType;
    private final Class<B> bodyType;
    private final Class<? extends RequestInput> inputType;
    private final ResourceBinding<?> replaced;
    private final ErrorCatalog errors;

    private OperationDescription(Builder<B, T> builder) {
        this.resource = builder.resource;
        this.method = builder.method;
        this.description = builder.description;
        this.status = builder.status;
        this.responseRel = builder.responseRel;
        this.responseType = builder.responseType;
        this.bodyType = builder.bodyType;
        this.inputType = builder.inputType;
        this.replaced = builder.replaced;
        this.errors = builder.errors;
    }

    /** A builder of an operation without a request body and without a response body. */
    public static Builder<Void, UcwaResource> builder(String resource, HttpMethod method) {
        return new Builder<>(resource, method, Void.class);
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

    /**
     * The class of the request body: {@code Void.class} when the operation sends none, the input class, or the
     * resource class for a PUT that sends the resource.
     */
    public Class<B> bodyType() {
        return bodyType;
    }

    /** The class of the request body, for a POST or PUT with request parameters. */
    public Optional<Class<? extends RequestInput>> inputType() {
        return Optional.ofNullable(inputType);
    }

    /** Whether the request body is the resource itself (a PUT sent with {@link #put}). */
    public boolean sendsResource() {
        return replaced != null;
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
        if (bodyType != Void.class) {
            throw new IllegalStateException(this + " takes a " + bodyType.getSimpleName() + " body");
        }
        return UcwaRequest.builder(method, target.href()).accept(accept).build();
    }

    /**
     * A request on a link to the resource whose body is {@code body}, written in {@code format}, which is also the
     * format asked for: an input as a request body ({@link RequestBodies}), a resource as {@link #put} writes it
     * (without an {@code If-Match}; use {@link #put} to send one). For an operation without a body, {@code body}
     * is {@code null} and the request has none.
     */
    public UcwaRequest request(Link target, @Nullable B body, PayloadFormat format) {
        Objects.requireNonNull(target, "target");
        if (bodyType == Void.class) {
            return request(target, format);
        }
        Objects.requireNonNull(body, "body");
        if (replaced != null) {
            return resourceRequest(target.href(), replaced, body, null, format);
        }
        if (!bodyType.isInstance(body)) {
            throw new IllegalArgumentException(this + " takes a " + bodyType.getSimpleName() + ", not a "
                    + body.getClass().getSimpleName());
        }
        return UcwaRequest.builder(method, target.href())
                .accept(format)
                .body(RequestBodies.write((RequestInput) body, format), UcwaRequest.mediaType(format))
                .build();
    }

    /**
     * A PUT of a whole resource to its self link, with the resource's ETag as {@code If-Match}, its body shaped as
     * the class documentation says (embedded resources left out), written with the codec's binding of its class.
     *
     * @param etag the ETag the resource was read with; {@code null} to send none
     * @throws IllegalStateException when this operation does not send the resource
     * @throws IllegalArgumentException when the resource has no self link (use {@link #put(Link, Object, String,
     *     PayloadFormat, UcwaCodec)}) or another rel
     */
    public UcwaRequest put(B replacement, @Nullable String etag, PayloadFormat format, UcwaCodec codec) {
        UcwaResource resource = replaced(replacement);
        Link self = resource.self().orElseThrow(() ->
                new IllegalArgumentException("the " + this.resource + " to PUT has no self link"));
        return put(self, replacement, etag, format, codec);
    }

    /**
     * A PUT of a whole resource to {@code target} (its self link, for a resource read from a body that carried
     * none), otherwise as {@link #put(Object, String, PayloadFormat, UcwaCodec)}.
     */
    public UcwaRequest put(Link target, B replacement, @Nullable String etag, PayloadFormat format,
            UcwaCodec codec) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(codec, "codec");
        UcwaResource resource = replaced(replacement);
        return UcwaRequest.builder(method, target.href())
                .ifMatch(etag)
                .body(PutBodies.write(writer -> codec.writeResource(resource, writer), format),
                        UcwaRequest.mediaType(format))
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

    private UcwaResource replaced(B replacement) {
        Objects.requireNonNull(replacement, "replacement");
        if (method != HttpMethod.PUT || replaced == null) {
            throw new IllegalStateException(this + (method != HttpMethod.PUT ? " is not a PUT"
                    : " sends a " + bodyType.getSimpleName() + ", not the resource; use request(...)"));
        }
        if (!bodyType.isInstance(replacement)) {
            String other = replacement instanceof UcwaResource r ? r.rel() : replacement.getClass().getSimpleName();
            throw new IllegalArgumentException(this + " replaces a " + resource + ", not a " + other);
        }
        return (UcwaResource) replacement;
    }

    private <R extends UcwaResource> UcwaRequest resourceRequest(String href, ResourceBinding<R> binding, B body,
            @Nullable String etag, PayloadFormat format) {
        R resource = binding.type().cast(replaced(body));
        return UcwaRequest.builder(method, href)
                .accept(format)
                .ifMatch(etag)
                .body(PutBodies.write(writer -> binding.write(resource, writer), format),
                        UcwaRequest.mediaType(format))
                .build();
    }

    /**
     * Builds an {@link OperationDescription}.
     *
     * @param <B> the class of the request body
     * @param <T> the class of the response body
     */
    public static final class Builder<B, T extends UcwaResource> {

        private final String resource;
        private final HttpMethod method;
        private final Class<B> bodyType;
        private String description = "";
        private Integer status;
        private String responseRel;
        private Class<T> responseType;
        private Class<? extends RequestInput> inputType;
        private ResourceBinding<?> replaced;
        private ErrorCatalog errors = ErrorCatalog.of();

        private Builder(String resource, HttpMethod method, Class<B> bodyType) {
            this.resource = Objects.requireNonNull(resource, "resource");
            this.method = Objects.requireNonNull(method, "method");
            this.bodyType = Objects.requireNonNull(bodyType, "bodyType");
        }

        private Builder(Builder<?, ?> from, Class<B> bodyType) {
            this(from.resource, from.method, bodyType);
            this.description = from.description;
            this.status = from.status;
            this.inputType = from.inputType;
            this.replaced = from.replaced;
            this.errors = from.errors;
        }

        public Builder<B, T> description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** The success status. */
        public Builder<B, T> status(int status) {
            this.status = status;
            return this;
        }

        /** The response body's rel and the class it is read into. */
        public <R extends UcwaResource> Builder<B, R> response(String rel, Class<R> type) {
            Builder<B, R> typed = new Builder<>(this, bodyType);
            typed.responseRel = Objects.requireNonNull(rel, "rel");
            typed.responseType = Objects.requireNonNull(type, "type");
            return typed;
        }

        /** The request body's input class. */
        public <I extends RequestInput> Builder<I, T> input(Class<I> type) {
            Builder<I, T> typed = new Builder<>(this, Objects.requireNonNull(type, "type"));
            typed.responseRel = responseRel;
            typed.responseType = responseType;
            typed.inputType = type;
            typed.replaced = null;
            return typed;
        }

        /** The request body is the resource itself, read and written by {@code binding} (a PUT). */
        public <R extends UcwaResource> Builder<R, T> sends(ResourceBinding<R> binding) {
            Objects.requireNonNull(binding, "binding");
            if (method != HttpMethod.PUT) {
                throw new IllegalStateException("only a PUT sends the resource itself, not a " + method);
            }
            Builder<R, T> typed = new Builder<>(this, binding.type());
            typed.responseRel = responseRel;
            typed.responseType = responseType;
            typed.inputType = null;
            typed.replaced = binding;
            return typed;
        }

        public Builder<B, T> errors(ErrorCatalog errors) {
            this.errors = Objects.requireNonNull(errors, "errors");
            return this;
        }

        public OperationDescription<B, T> build() {
            return new OperationDescription<>(this);
        }
    }
}
