package io.github.ucwakit.benchmarks.client;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * An {@link HttpClient} that passes requests on to a real one until {@link #replay()}, and from then on answers every
 * request with the last response it passed on, without a network: the status and headers as received, the body
 * delivered to the request's body handler as one buffer, as the JDK's client delivers a small body. What the client
 * and a bare {@link HttpClient} do with a response then costs the same in both, and what is left of the difference
 * is the client's own work per request.
 */
final class ReplayingHttpClient extends HttpClient {

    private final HttpClient real;
    private volatile Recorded last;
    private volatile boolean replaying;

    ReplayingHttpClient(HttpClient real) {
        this.real = Objects.requireNonNull(real, "real");
    }

    /** From now on, answers with the last response received; fails when there is none. */
    void replay() {
        if (last == null) {
            throw new IllegalStateException("nothing was received yet to replay");
        }
        replaying = true;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        if (replaying) {
            return last.answer(request, handler);
        }
        HttpResponse<byte[]> received = real.send(request, HttpResponse.BodyHandlers.ofByteArray());
        Recorded recorded = new Recorded(received.statusCode(), received.headers(), received.body());
        last = recorded;
        return recorded.answer(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        if (!replaying) {
            return real.sendAsync(request, handler);
        }
        return CompletableFuture.completedFuture(last.answer(request, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return real.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return real.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return real.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return real.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return real.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return real.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return real.authenticator();
    }

    @Override
    public Version version() {
        return real.version();
    }

    @Override
    public Optional<Executor> executor() {
        return real.executor();
    }

    /** A response as received: status, headers, body. */
    private record Recorded(int status, HttpHeaders headers, byte[] body) {

        /** The response to this request: the body handed to the handler's subscriber as one read-only buffer. */
        <T> HttpResponse<T> answer(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            HttpResponse.BodySubscriber<T> subscriber = handler.apply(new Info(status, headers));
            subscriber.onSubscribe(NoBackPressure.INSTANCE);
            subscriber.onNext(List.of(ByteBuffer.wrap(body).asReadOnlyBuffer()));
            subscriber.onComplete();
            T value = subscriber.getBody().toCompletableFuture().join();
            return new Response<>(request, status, headers, value);
        }
    }

    private record Info(int statusCode, HttpHeaders headers) implements HttpResponse.ResponseInfo {

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    /** The subscription of a body delivered at once: nothing to request or cancel. */
    private enum NoBackPressure implements Flow.Subscription {
        INSTANCE;

        @Override
        public void request(long n) {
            // the whole body is delivered at once
        }

        @Override
        public void cancel() {
            // nothing in flight
        }
    }

    private record Response<T>(HttpRequest request, int statusCode, HttpHeaders headers, T body)
            implements HttpResponse<T> {

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
