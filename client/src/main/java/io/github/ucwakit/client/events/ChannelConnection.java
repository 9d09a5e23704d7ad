package io.github.ucwakit.client.events;

import io.github.ucwakit.api.EventsOperations;
import io.github.ucwakit.client.errors.ErrorResponses;
import io.github.ucwakit.client.errors.UcwaClientException;
import io.github.ucwakit.client.errors.UcwaErrorException;
import io.github.ucwakit.client.http.Cancellation;
import io.github.ucwakit.client.http.IncomingResponse;
import io.github.ucwakit.client.http.OutgoingRequest;
import io.github.ucwakit.client.http.Transport;
import io.github.ucwakit.client.wire.MediaTypes;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The HTTP side of an event channel: pending GETs on their own transport (one whose timeout outlasts the server's
 * release timeout, without the client's retries, since the poller reconnects itself), and the GETs of resources an
 * event only links to, or of the application after a {@code resync}, on the client's transport. Hrefs are resolved
 * against the application's URL; bodies are read in the format their {@code Content-Type} names. The calls block
 * the calling thread (the poller's or the dispatcher's, never a caller's) and are aborted when it is interrupted.
 * Thread-safe.
 */
public final class ChannelConnection {

    private final Transport pollTransport;
    private final Transport transport;
    private final UcwaCodec codec;
    private final EventChannelCodec events;
    private final PayloadFormat format;
    private final Supplier<URI> base;

    /**
     * @param pollTransport sends the pending GETs: authenticated, no retries, a request timeout longer than the
     *     channel's {@link EventChannelSettings#requestTimeout()}
     * @param transport sends the other GETs (the client's own transport)
     * @param base what hrefs are relative to (the application's URL)
     */
    public ChannelConnection(Transport pollTransport, Transport transport, UcwaCodec codec, PayloadFormat format,
            Supplier<URI> base) {
        this.pollTransport = Objects.requireNonNull(pollTransport, "pollTransport");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.events = new EventChannelCodec(codec);
        this.format = Objects.requireNonNull(format, "format");
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The codec resources are read with. */
    public UcwaCodec codec() {
        return codec;
    }

    /** Sends one pending GET and returns its response, whatever its status. */
    IncomingResponse poll(String href) throws InterruptedException {
        return await(pollTransport, get(href));
    }

    /** The event-channel response of a successful pending GET. */
    EventChannelResponse read(IncomingResponse response) {
        return events.read(response.body(), formatOf(response));
    }

    /** The exception of a failed pending GET, its error matched to the events resource's table. */
    UcwaErrorException failure(IncomingResponse response) {
        return failure(response, EventsOperations.GET.errors());
    }

    /** Reads the resource at an href into {@code type}; a failed response throws its typed exception. */
    <T extends UcwaResource> T fetch(String href, Class<T> type) throws InterruptedException {
        IncomingResponse response = await(transport, get(href));
        if (!response.success()) {
            throw failure(response, ErrorCatalog.of());
        }
        if (type == UcwaResource.class) {
            return type.cast(codec.read(response.body(), formatOf(response)));
        }
        return codec.read(response.body(), formatOf(response), type);
    }

    private OutgoingRequest get(String href) {
        return OutgoingRequest.of("GET", base.get().resolve(href)).withHeader("Accept", MediaTypes.of(format));
    }

    private UcwaErrorException failure(IncomingResponse response, ErrorCatalog errors) {
        OutgoingRequest request = response.request();
        return ErrorResponses.toException(request.method(), request.uri(), response.status(),
                response.contentType().orElse(null), response.body(), errors, null);
    }

    private PayloadFormat formatOf(IncomingResponse response) {
        return response.contentType().flatMap(MediaTypes::formatOf).orElse(format);
    }

    /** Sends on a transport and waits; an interrupt cancels the exchange and is thrown. */
    private static IncomingResponse await(Transport on, OutgoingRequest request) throws InterruptedException {
        Cancellation cancellation = new Cancellation();
        CompletableFuture<IncomingResponse> sent = on.send(request, cancellation);
        try {
            return sent.get();
        } catch (InterruptedException e) {
            cancellation.cancel();
            throw e;
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (CancellationException e) {
            throw new UcwaClientException(request + " was cancelled", e);
        }
    }

    private static RuntimeException rethrow(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new ChannelIoException(cause);
    }

    /** A pending GET or a fetch that got no response: the connection failed, was dropped, or timed out. */
    static final class ChannelIoException extends UcwaClientException {
        ChannelIoException(Throwable cause) {
            super("no response: " + cause, cause);
        }
    }
}
