package io.github.ucwakit.client;

import io.github.ucwakit.api.ApplicationsInput;
import io.github.ucwakit.client.auth.TokenProvider;
import io.github.ucwakit.client.http.RetryPolicy;
import io.github.ucwakit.client.operations.OperationPolling;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link UcwaClient}. Only the root URL and a way to sign in are required; everything else has a
 * default: JSON, 10 s to connect, 30 s per exchange, {@link RetryPolicy#defaults()}, an application named
 * {@code ucwakit} in culture {@code en-US} with a random endpoint id, the codec of every generated binding on the
 * class path. Not thread-safe; the client it builds is.
 */
public final class UcwaClientBuilder {

    final URI rootUri;
    PayloadFormat format = PayloadFormat.JSON;
    @Nullable TokenProvider tokenProvider;
    @Nullable HttpClient httpClient;
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration requestTimeout = Duration.ofSeconds(30);
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    OperationPolling operationPolling = OperationPolling.defaults();
    Executor executor = ForkJoinPool.commonPool();
    @Nullable UcwaCodec codec;
    ApplicationsInput application = ApplicationsInput.builder()
            .culture("en-US")
            .endpointId(UUID.randomUUID().toString())
            .userAgent("ucwakit")
            .build();
    Clock clock = Clock.systemUTC();
    Duration renewBefore = Duration.ofMinutes(1);
    int maxDiscoveryHops = 5;

    UcwaClientBuilder(URI rootUri) {
        this.rootUri = Objects.requireNonNull(rootUri, "rootUri");
        if (!rootUri.isAbsolute()) {
            throw new IllegalArgumentException("the root URL must be absolute: " + rootUri);
        }
    }

    /** JSON or XML: sent as {@code Content-Type} and asked for as {@code Accept}; the calling code is the same. */
    public UcwaClientBuilder format(PayloadFormat format) {
        this.format = Objects.requireNonNull(format, "format");
        return this;
    }

    /** Signs in with the password grant (on-premises). */
    public UcwaClientBuilder password(String username, String password) {
        return tokenProvider(TokenProvider.password(username, password));
    }

    /** Signs in with any grant, or with tokens the application obtains itself. */
    public UcwaClientBuilder tokenProvider(TokenProvider tokenProvider) {
        this.tokenProvider = Objects.requireNonNull(tokenProvider, "tokenProvider");
        return this;
    }

    /**
     * The JDK client to send with (its executor, proxy, SSL context); by default one is made with the connect
     * timeout, HTTP/1.1 and no automatic redirects (autodiscovery checks each redirect itself).
     */
    public UcwaClientBuilder httpClient(HttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        return this;
    }

    /** How long connecting may take (for the client built by default). */
    public UcwaClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        return this;
    }

    /** How long one exchange may take, until the response headers; a retry starts a new one. */
    public UcwaClientBuilder requestTimeout(Duration requestTimeout) {
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        return this;
    }

    public UcwaClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /** How {@link UcwaClient#awaitOperation} follows an operation resource. */
    public UcwaClientBuilder operationPolling(OperationPolling operationPolling) {
        this.operationPolling = Objects.requireNonNull(operationPolling, "operationPolling");
        return this;
    }

    /** Where retries and polls run once their wait is over (the common pool by default); must not block. */
    public UcwaClientBuilder executor(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /** The codec resources are read and written with (by default every generated binding on the class path). */
    public UcwaClientBuilder codec(UcwaCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
        return this;
    }

    /** The body of the {@code applications} POST that creates the application at sign-in. */
    public UcwaClientBuilder application(ApplicationsInput application) {
        this.application = Objects.requireNonNull(application, "application");
        return this;
    }

    /** The clock token expiry is measured with. */
    public UcwaClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** How long before its expiry a token is renewed (1 minute by default). */
    public UcwaClientBuilder renewBefore(Duration renewBefore) {
        this.renewBefore = Objects.requireNonNull(renewBefore, "renewBefore");
        return this;
    }

    /** How many redirects autodiscovery follows (5 by default). */
    public UcwaClientBuilder maxDiscoveryHops(int maxDiscoveryHops) {
        this.maxDiscoveryHops = maxDiscoveryHops;
        return this;
    }

    /** The client; it signs in when {@link UcwaClient#signIn()} is called. */
    public UcwaClient build() {
        if (tokenProvider == null) {
            throw new IllegalStateException("a UCWA client needs a way to sign in: password(...) or tokenProvider(...)");
        }
        return new UcwaClient(this);
    }

    HttpClient httpClientOrDefault() {
        return httpClient != null ? httpClient : HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
