package io.github.ucwakit.client.operations;

import io.github.ucwakit.client.errors.ErrorResponses;
import io.github.ucwakit.client.errors.UcwaClientException;
import io.github.ucwakit.client.http.Cancellation;
import io.github.ucwakit.client.http.IncomingResponse;
import io.github.ucwakit.client.http.OutgoingRequest;
import io.github.ucwakit.client.http.Transport;
import io.github.ucwakit.client.wire.MediaTypes;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Follows an operation resource (an invitation started by a POST that answered 201 or 202 with its
 * {@code Location}) to its end by reading it again until its {@code state} is no longer a running one (see
 * {@link OperationPolling}). The reference delivers these updates on the event channel; reading the resource gives
 * the same end without one. Never blocks a thread while waiting.
 */
public final class OperationFollower {

    private static final System.Logger LOG = System.getLogger(OperationFollower.class.getName());

    private final Transport transport;
    private final UcwaCodec codec;
    private final PayloadFormat format;
    private final OperationPolling polling;
    private final Executor executor;

    public OperationFollower(Transport transport, UcwaCodec codec, PayloadFormat format, OperationPolling polling,
            Executor executor) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.format = Objects.requireNonNull(format, "format");
        this.polling = Objects.requireNonNull(polling, "polling");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Completes with the operation resource in its final state, read into {@code type} (a
     * {@link GenericResource} for an undescribed one); fails when it is still running after the polling timeout.
     */
    public <T extends UcwaResource> CompletableFuture<T> follow(URI operation, Class<T> type,
            Cancellation cancellation) {
        long deadline = System.nanoTime() + polling.timeout().toNanos();
        return read(operation, type, cancellation, 0, deadline);
    }

    private <T extends UcwaResource> CompletableFuture<T> read(URI operation, Class<T> type,
            Cancellation cancellation, int reads, long deadline) {
        OutgoingRequest get = OutgoingRequest.of("GET", operation).withHeader("Accept", MediaTypes.of(format));
        return transport.send(get, cancellation).thenCompose(response -> {
            if (!response.success()) {
                throw ErrorResponses.toException("GET", operation, response.status(),
                        response.contentType().orElse(null), response.body(), ErrorCatalog.of(), null);
            }
            PayloadFormat bodyFormat = response.contentType().flatMap(MediaTypes::formatOf).orElse(format);
            String state = state(response, bodyFormat);
            if (!polling.running(state)) {
                LOG.log(Level.DEBUG, "operation {0} ended in state {1}", operation, state);
                return CompletableFuture.completedFuture(codec.read(response.body(), bodyFormat, type));
            }
            Duration wait = polling.delay(reads + 1);
            if (System.nanoTime() + wait.toNanos() - deadline > 0) {
                throw new UcwaClientException("operation " + operation + " is still " + state + " after "
                        + polling.timeout().toMillis() + " ms");
            }
            Executor delayed = CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, executor);
            return cancellation.track(CompletableFuture.runAsync(() -> { }, delayed))
                    .thenCompose(ignored -> read(operation, type, cancellation, reads + 1, deadline));
        });
    }

    /** The {@code state} property of the operation resource, whatever its class; {@code null} without one. */
    private String state(IncomingResponse response, PayloadFormat bodyFormat) {
        GenericResource generic = codec.read(response.body(), bodyFormat, GenericResource.class);
        PropertyValue state = generic.unknownMembers().properties().get("state");
        return state instanceof PropertyValue.Text text ? text.value() : null;
    }
}
