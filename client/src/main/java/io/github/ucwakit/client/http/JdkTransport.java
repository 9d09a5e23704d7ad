package io.github.ucwakit.client.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The innermost transport: one exchange with the JDK's {@link HttpClient#sendAsync}, the whole body read as bytes,
 * each request bounded by a timeout. Never blocks the calling thread; cancelling the call cancels the exchange. A
 * blocking call on its caller's thread ({@link Cancellation#onBlockingCaller()}) is sent with
 * {@link HttpClient#send} there instead, saving the hand-over of the response between threads.
 */
public final class JdkTransport implements Transport {

    private final HttpClient http;
    private final Duration requestTimeout;

    /**
     * @param http the client to send with; its connect timeout bounds connecting
     * @param requestTimeout how long one exchange may take, from sending to the end of the response headers
     */
    public JdkTransport(HttpClient http, Duration requestTimeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    @Override
    public CompletableFuture<IncomingResponse> send(OutgoingRequest request, Cancellation cancellation) {
        if (cancellation.cancelled()) {
            return CompletableFuture.failedFuture(new CancellationException("the call was cancelled"));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(requestTimeout);
        request.headers().forEach(builder::header);
        byte[] body = request.body();
        builder.method(request.method(), body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (cancellation.onBlockingCaller()) {
            return sendInPlace(request, builder.build());
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = cancellation.track(
                http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray()));
        return exchange.thenApply(response -> incoming(request, response));
    }

    /** A blocking call on its caller's thread: sent and awaited there; an interrupt cancels it. */
    private CompletableFuture<IncomingResponse> sendInPlace(OutgoingRequest request, HttpRequest exchange) {
        try {
            return CompletableFuture.completedFuture(incoming(request,
                    http.send(exchange, HttpResponse.BodyHandlers.ofByteArray())));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(new CancellationException("interrupted while sending " + request));
        }
    }

    private static IncomingResponse incoming(OutgoingRequest request, HttpResponse<byte[]> response) {
        byte[] body = response.body();
        return IncomingResponse.received(request, response.statusCode(), response.headers(),
                body == null ? new byte[0] : body);
    }
}
