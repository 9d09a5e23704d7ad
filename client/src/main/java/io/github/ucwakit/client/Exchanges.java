package io.github.ucwakit.client;

import io.github.ucwakit.client.errors.ErrorResponses;
import io.github.ucwakit.client.http.Cancellation;
import io.github.ucwakit.client.http.IncomingResponse;
import io.github.ucwakit.client.http.OutgoingRequest;
import io.github.ucwakit.client.http.Transport;
import io.github.ucwakit.client.wire.MediaTypes;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Turns the runtime's {@link UcwaRequest}s into HTTP exchanges and their responses into typed results: hrefs
 * resolved against the UCWA host, the body read in the format its {@code Content-Type} names into the expected class,
 * a failure turned into its typed exception with the operation's error table. Also makes each call cancellable.
 */
final class Exchanges {

    private final Transport transport;
    private final UcwaCodec codec;
    private final PayloadFormat format;
    private final Supplier<URI> base;

    Exchanges(Transport transport, UcwaCodec codec, PayloadFormat format, Supplier<URI> base) {
        this.transport = transport;
        this.codec = codec;
        this.format = format;
        this.base = base;
    }

    PayloadFormat format() {
        return format;
    }

    UcwaCodec codec() {
        return codec;
    }

    /** An href of a link, absolute: a relative one is relative to the host of UCWA. */
    URI resolve(String href) {
        return base.get().resolve(href);
    }

    /** A GET of an href asking for the client's format, as {@link #outgoing} makes it of such a runtime request. */
    OutgoingRequest get(String href) {
        return OutgoingRequest.of("GET", resolve(href)).withHeader(UcwaRequest.ACCEPT, MediaTypes.of(format));
    }

    /** The HTTP request of a runtime request. */
    OutgoingRequest outgoing(UcwaRequest request) {
        URI uri = resolve(request.href());
        OutgoingRequest out = OutgoingRequest.of(request.method().name(), uri);
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            out = out.withHeader(header.getKey(), header.getValue());
        }
        if (request.header(UcwaRequest.ACCEPT).isEmpty()) {
            out = out.withHeader(UcwaRequest.ACCEPT, MediaTypes.of(format));
        }
        byte[] body = request.body().orElse(null);
        if (body != null) {
            out = out.withBody(body, request.contentType().orElse(MediaTypes.of(format)), false);
        }
        return out;
    }

    /** Sends a request and reads a success into {@code type} ({@code null}: the body is not read). */
    <T extends UcwaResource> CompletableFuture<UcwaResponse<T>> send(OutgoingRequest request,
            @Nullable Class<T> type, ErrorCatalog errors, Cancellation cancellation) {
        return transport.send(request, cancellation).thenApply(response -> read(response, type, errors));
    }

    /** Sends a request and completes with its response, whatever its status. */
    CompletableFuture<IncomingResponse> raw(OutgoingRequest request, Cancellation cancellation) {
        return transport.send(request, cancellation);
    }

    /** The typed result of a response, or its typed exception. */
    <T extends UcwaResource> UcwaResponse<T> read(IncomingResponse response, @Nullable Class<T> type,
            ErrorCatalog errors) {
        OutgoingRequest request = response.request();
        if (!response.success()) {
            throw ErrorResponses.toException(request.method(), request.uri(), response.status(),
                    response.contentType().orElse(null), response.body(), errors,
                    request.header(UcwaRequest.IF_MATCH).orElse(null));
        }
        T body = null;
        if (type != null && response.bodyLength() > 0) {
            body = response.readBody(codec, formatOf(response), type);
        }
        String locationHeader = response.header("Location").orElse(null);
        URI location = locationHeader == null ? null : request.uri().resolve(locationHeader);
        return new UcwaResponse<>(response.status(), body, response.header("ETag").orElse(null), location);
    }

    /** The format of a response body: the one its content type names, else the client's. */
    PayloadFormat formatOf(IncomingResponse response) {
        return response.contentType().flatMap(MediaTypes::formatOf).orElse(format);
    }

    /**
     * Runs one call with its own {@link Cancellation}, returning a future whose cancellation cancels the call:
     * the exchange in flight is aborted and nothing more is sent. The future fails with the call's own exception,
     * not a {@link CompletionException} around it.
     */
    static <T> CompletableFuture<T> cancellable(Function<Cancellation, CompletableFuture<T>> work) {
        Cancellation cancellation = Blocking.building() ? Cancellation.blocking(Thread.currentThread())
                : new Cancellation();
        CompletableFuture<T> running;
        try {
            running = Objects.requireNonNull(work.apply(cancellation));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(unwrap(e));
        }
        if (running.isDone()) {
            return completed(running);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        running.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(unwrap(failure));
            }
        });
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                cancellation.cancel();
            }
        });
        return result;
    }

    /**
     * A call that is over by the time it returns (a blocking call sent on its caller's thread): a new future with its
     * result, nothing left to cancel.
     */
    private static <T> CompletableFuture<T> completed(CompletableFuture<T> done) {
        try {
            return CompletableFuture.completedFuture(done.join());
        } catch (CompletionException | java.util.concurrent.CancellationException failure) {
            return CompletableFuture.failedFuture(unwrap(failure));
        }
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
