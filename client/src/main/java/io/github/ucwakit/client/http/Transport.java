package io.github.ucwakit.client.http;

import java.util.concurrent.CompletableFuture;

/**
 * Sends a request and completes with its response, whatever its status; completes exceptionally only when there is
 * no response (an {@link java.io.IOException}, a timeout) or when the call is cancelled. Implementations never
 * block the calling thread and are thread-safe. The client stacks them: authentication, retry, logging, then the
 * JDK's {@link java.net.http.HttpClient}.
 */
@FunctionalInterface
public interface Transport {

    CompletableFuture<IncomingResponse> send(OutgoingRequest request, Cancellation cancellation);
}
