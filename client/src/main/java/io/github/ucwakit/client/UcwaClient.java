package io.github.ucwakit.client;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.ApplicationOperations;
import io.github.ucwakit.api.ApplicationsInput;
import io.github.ucwakit.api.ApplicationsOperations;
import io.github.ucwakit.client.auth.AuthenticatingTransport;
import io.github.ucwakit.client.auth.Authenticator;
import io.github.ucwakit.client.auth.TokenService;
import io.github.ucwakit.client.discovery.Autodiscovery;
import io.github.ucwakit.client.discovery.ServiceLocation;
import io.github.ucwakit.client.errors.UcwaClientException;
import io.github.ucwakit.client.events.ChannelConnection;
import io.github.ucwakit.client.events.EventChannel;
import io.github.ucwakit.client.events.EventChannelSettings;
import io.github.ucwakit.client.http.JdkTransport;
import io.github.ucwakit.client.http.LoggingTransport;
import io.github.ucwakit.client.http.RetryingTransport;
import io.github.ucwakit.client.http.Transport;
import io.github.ucwakit.client.operations.OperationFollower;
import io.github.ucwakit.client.errors.MissingLinkException;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.LinkTo;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.RequestInput;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.operations.OperationDescription;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UCWA 2.0 client for one user, on the JDK's {@link java.net.http.HttpClient}: signs in (autodiscovery from the
 * root URL, the OAuth challenge, the token, the application created), then reads resources and calls operations
 * with the generated classes of {@code io.github.ucwakit.api}, in JSON or XML as configured.
 *
 * <pre>{@code
 * UcwaClient client = UcwaClient.builder(URI.create("https://lyncdiscover.contoso.com/"))
 *         .password("user@contoso.com", password)
 *         .build();
 * Application application = client.signIn();
 * Tagged<Me> me = client.get(application.meLink().orElseThrow(), Me.class);
 * }</pre>
 *
 * <p>Every call has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture} that never
 * blocks the caller's thread; cancelling that future aborts the exchange in flight and any retry. A failed response
 * is a {@link io.github.ucwakit.client.errors.UcwaErrorException} carrying the UCWA error matched to the operation's
 * error table; a 412 is a {@link io.github.ucwakit.client.errors.PreconditionFailedException}. Hrefs are resolved
 * against the UCWA host. Thread-safe: one client serves any number of threads.
 */
public final class UcwaClient {

    private static final System.Logger LOG = System.getLogger(UcwaClient.class.getName());

    private final URI rootUri;
    private final PayloadFormat format;
    private final UcwaCodec codec;
    private final ApplicationsInput applicationInput;
    private final Exchanges exchanges;
    private final Autodiscovery discovery;
    private final OperationFollower operations;
    private final HttpClient http;
    private final Authenticator authenticator;
    private final Transport transport;
    private final AtomicReference<Session> session = new AtomicReference<>();

    UcwaClient(UcwaClientBuilder builder) {
        this.rootUri = builder.rootUri;
        this.format = builder.format;
        this.codec = builder.codec != null ? builder.codec : UcwaCodec.create();
        this.applicationInput = builder.application;
        this.http = builder.httpClientOrDefault();
        Transport wire = new LoggingTransport(new JdkTransport(http, builder.requestTimeout));
        Transport retrying = new RetryingTransport(wire, builder.retryPolicy, builder.executor);
        this.authenticator = new Authenticator(Objects.requireNonNull(builder.tokenProvider),
                new TokenService(retrying, builder.clock), builder.clock, builder.renewBefore);
        this.transport = new AuthenticatingTransport(retrying, authenticator);
        this.exchanges = new Exchanges(transport, codec, format, this::base);
        this.discovery = new Autodiscovery(transport, codec, format, builder.maxDiscoveryHops);
        this.operations = new OperationFollower(transport, codec, format, builder.operationPolling, builder.executor);
    }

    /** A builder of a client that starts autodiscovery at this root URL ({@code https://lyncdiscover.<domain>/}). */
    public static UcwaClientBuilder builder(URI rootUri) {
        return new UcwaClientBuilder(rootUri);
    }

    /** The format this client sends and asks for. */
    public PayloadFormat format() {
        return format;
    }

    /** The codec resources are read and written with. */
    public UcwaCodec codec() {
        return codec;
    }

    // ---- sign-in

    /**
     * Signs in and creates the application: autodiscovery from the root URL, the token the server's challenge asks
     * for, then the {@code applications} POST. The application is kept ({@link #application()}); links are
     * resolved against its host from then on.
     */
    public Application signIn() {
        return Blocking.await(this::signInAsync);
    }

    /** {@link #signIn()} without blocking. */
    public CompletableFuture<Application> signInAsync() {
        return Exchanges.cancellable(cancellation -> discovery.discover(rootUri, cancellation).thenCompose(found -> {
            Link applications = Link.of("applications", found.applications().toString());
            UcwaRequest post = ApplicationsOperations.POST.request(applications, applicationInput, format);
            return exchanges.send(exchanges.outgoing(post), Application.class, ApplicationsOperations.POST.errors(),
                    cancellation).thenApply(created -> {
                        Tagged<Application> application = created.tagged();
                        URI self = created.location().orElseGet(() -> application.value().self()
                                .map(link -> found.applications().resolve(link.href()))
                                .orElse(found.applications()));
                        session.set(new Session(found, application, self));
                        LOG.log(Level.DEBUG, "signed in; application {0}", self);
                        return application.value();
                    });
        }));
    }

    /** The application created at sign-in, as the server returned it. */
    public Application application() {
        return current().application().value();
    }

    /** Where autodiscovery found UCWA; empty before sign-in. */
    public Optional<ServiceLocation> service() {
        return Optional.ofNullable(session.get()).map(Session::location);
    }

    /** Deletes the application on the server (UCWA's sign-out) and forgets it. */
    public void signOut() {
        Blocking.await(this::signOutAsync);
    }

    /** {@link #signOut()} without blocking. */
    public CompletableFuture<Void> signOutAsync() {
        Session signedIn = current();
        Link self = Link.of("self", signedIn.applicationUri().toString());
        return callAsync(ApplicationOperations.DELETE, self).thenApply(deleted -> {
            session.compareAndSet(signedIn, null);
            return null;
        });
    }

    // ---- reading

    /** Reads the resource a link points at into {@code type}, with the ETag it was read with. */
    public <T extends UcwaResource> Tagged<T> get(Link link, Class<T> type) {
        return Blocking.await(() -> getAsync(link, type));
    }

    /** {@link #get} without blocking. */
    public <T extends UcwaResource> CompletableFuture<Tagged<T>> getAsync(Link link, Class<T> type) {
        Objects.requireNonNull(type, "type");
        String href = link.href();
        return Exchanges.cancellable(cancellation -> exchanges.send(exchanges.get(href), type, ErrorCatalog.of(),
                cancellation).thenApply(UcwaResponse::tagged));
    }

    // ---- navigation

    /**
     * Follows a typed link of a resource and reads what it points at into the link's target class, without the
     * caller naming a class: {@code client.follow(conversation, ConversationLinks.PARTICIPANTS)} is a
     * {@code Participants}; a link to a resource no descriptor describes gives a {@link GenericResource}.
     *
     * @throws MissingLinkException when the resource does not carry the link (in UCWA: not available now)
     */
    public <S extends UcwaResource, T extends UcwaResource> T follow(S source, LinkTo<S, T> link) {
        return Blocking.await(() -> followAsync(source, link));
    }

    /** {@link #follow} without blocking. */
    public <S extends UcwaResource, T extends UcwaResource> CompletableFuture<T> followAsync(S source,
            LinkTo<S, T> link) {
        return followTaggedAsync(source, link).thenApply(Tagged::value);
    }

    /** {@link #follow}, with the ETag the target was read with (for a later PUT). */
    public <S extends UcwaResource, T extends UcwaResource> Tagged<T> followTagged(S source, LinkTo<S, T> link) {
        return Blocking.await(() -> followTaggedAsync(source, link));
    }

    /** {@link #followTagged} without blocking. */
    public <S extends UcwaResource, T extends UcwaResource> CompletableFuture<Tagged<T>> followTaggedAsync(S source,
            LinkTo<S, T> link) {
        Optional<Link> carried = link.link(source);
        if (carried.isEmpty()) {
            return CompletableFuture.failedFuture(new MissingLinkException(source.rel(), link.rel()));
        }
        return getAsync(carried.get(), link.targetType());
    }

    /**
     * Follows every link of an array rel ({@code MyContactsLinks.CONTACT}) and reads each target, in document order;
     * the reads run concurrently. Empty when the resource carries none.
     */
    public <S extends UcwaResource, T extends UcwaResource> List<T> followAll(S source, LinkTo<S, T> link) {
        return Blocking.await(followAllAsync(source, link));
    }

    /** {@link #followAll} without blocking. */
    public <S extends UcwaResource, T extends UcwaResource> CompletableFuture<List<T>> followAllAsync(S source,
            LinkTo<S, T> link) {
        List<CompletableFuture<Tagged<T>>> reads = link.links(source).stream()
                .map(each -> getAsync(each, link.targetType())).toList();
        CompletableFuture<List<T>> all = CompletableFuture.allOf(reads.toArray(CompletableFuture<?>[]::new))
                .thenApply(done -> reads.stream().map(read -> read.join().value()).toList());
        all.whenComplete((done, failure) -> {
            if (all.isCancelled()) {
                reads.forEach(read -> read.cancel(true));
            }
        });
        return all;
    }

    /** {@link #follow}, empty when the resource does not carry the link. */
    public <S extends UcwaResource, T extends UcwaResource> Optional<T> followIfPresent(S source, LinkTo<S, T> link) {
        return Blocking.await(() -> followIfPresentAsync(source, link));
    }

    /** {@link #followIfPresent} without blocking. */
    public <S extends UcwaResource, T extends UcwaResource> CompletableFuture<Optional<T>> followIfPresentAsync(
            S source, LinkTo<S, T> link) {
        Optional<Link> carried = link.link(source);
        return carried.isEmpty() ? CompletableFuture.completedFuture(Optional.empty())
                : getAsync(carried.get(), link.targetType()).thenApply(read -> Optional.of(read.value()));
    }

    // ---- operations

    /** Calls an operation without a request body (a GET, a DELETE, a POST without parameters) on a link. */
    public <T extends UcwaResource> UcwaResponse<T> call(OperationDescription<Void, T> operation, Link link) {
        return Blocking.await(() -> callAsync(operation, link));
    }

    /** {@link #call(OperationDescription, Link)} without blocking. */
    public <T extends UcwaResource> CompletableFuture<UcwaResponse<T>> callAsync(
            OperationDescription<Void, T> operation, Link link) {
        return send(operation, () -> operation.request(link, format));
    }

    /** Calls an operation with its generated input class as the body ({@code AddParticipantInput}). */
    public <B extends RequestInput, T extends UcwaResource> UcwaResponse<T> call(
            OperationDescription<B, T> operation, Link link, B input) {
        return Blocking.await(() -> callAsync(operation, link, input));
    }

    /** {@link #call(OperationDescription, Link, RequestInput)} without blocking. */
    public <B extends RequestInput, T extends UcwaResource> CompletableFuture<UcwaResponse<T>> callAsync(
            OperationDescription<B, T> operation, Link link, B input) {
        return send(operation, () -> operation.request(link, input, format));
    }

    /**
     * PUTs a changed resource to its self link with the ETag it was read with as {@code If-Match}; every member
     * that was read is sent back, unknown ones included. A 412 (changed on the server since) is a
     * {@link io.github.ucwakit.client.errors.PreconditionFailedException}.
     */
    public <B extends UcwaResource, T extends UcwaResource> UcwaResponse<T> put(OperationDescription<B, T> operation,
            Tagged<? extends B> resource) {
        return Blocking.await(() -> putAsync(operation, resource));
    }

    /** {@link #put} without blocking. */
    public <B extends UcwaResource, T extends UcwaResource> CompletableFuture<UcwaResponse<T>> putAsync(
            OperationDescription<B, T> operation, Tagged<? extends B> resource) {
        return send(operation, () -> operation.put(resource.value(), resource.etag().orElse(null), format, codec));
    }

    private <T extends UcwaResource> CompletableFuture<UcwaResponse<T>> send(OperationDescription<?, T> operation,
            java.util.function.Supplier<UcwaRequest> request) {
        return Exchanges.cancellable(cancellation -> exchanges.send(exchanges.outgoing(request.get()),
                operation.responseType().orElse(null), operation.errors(), cancellation));
    }

    // ---- batches

    /**
     * A new batch: requests added to it are sent in one round trip to the application's {@code batch} link, each
     * answer read into its own class.
     */
    public Batch batch() {
        Link batchLink = application().batchLink().orElseThrow(() ->
                new MissingLinkException("application", "batch"));
        return new Batch(exchanges, batchLink);
    }

    /**
     * Sends a message on a conversation's {@code sendMessage} link, as "Send an IM" does: the text as the
     * {@code text/plain} body of a POST (not retried, so a message is never sent twice by the client).
     */
    public UcwaResponse<UcwaResource> sendMessage(Link sendMessage, String text) {
        return Blocking.await(() -> sendMessageAsync(sendMessage, text));
    }

    /** {@link #sendMessage(Link, String)} without blocking. */
    public CompletableFuture<UcwaResponse<UcwaResource>> sendMessageAsync(Link sendMessage, String text) {
        UcwaRequest request = UcwaRequest.builder(HttpMethod.POST, sendMessage.href())
                .accept(format)
                .body(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8")
                .build();
        return Exchanges.cancellable(cancellation -> exchanges.send(exchanges.outgoing(request), null,
                ErrorCatalog.of(), cancellation));
    }

    // ---- operation resources

    /**
     * Follows the operation a 201 or 202 started (its {@code Location}, else the self link of the body) until it
     * is no longer running, and returns it in its final state.
     */
    public <T extends UcwaResource> T awaitOperation(UcwaResponse<?> started, Class<T> type) {
        return Blocking.await(() -> awaitOperationAsync(started, type));
    }

    /** {@link #awaitOperation} without blocking. */
    public <T extends UcwaResource> CompletableFuture<T> awaitOperationAsync(UcwaResponse<?> started, Class<T> type) {
        URI operation = started.location().orElseGet(() -> started.body()
                .flatMap(UcwaResource::self)
                .map(self -> exchanges.resolve(self.href()))
                .orElseThrow(() -> new UcwaClientException("the response (" + started.status()
                        + ") names no operation: no Location and no self link")));
        return Exchanges.cancellable(cancellation -> operations.follow(operation, type, cancellation));
    }

    // ---- events

    /** The event channel of the signed-in application with the server's defaults: {@link #events(EventChannelSettings)}. */
    public EventChannel events() {
        return events(EventChannelSettings.defaults());
    }

    /**
     * The event channel of the signed-in application, not started: register listeners, then
     * {@link EventChannel#start()}. Its pending GETs have their own timeout (the server's release timeout and a
     * grace period) and are authenticated like every call; the resources events only link to are read with this
     * client. One running channel per application.
     */
    public EventChannel events(EventChannelSettings settings) {
        Session signedIn = current();
        Transport polling = new AuthenticatingTransport(
                new LoggingTransport(new JdkTransport(http, settings.requestTimeout())), authenticator);
        ChannelConnection connection = new ChannelConnection(polling, transport, codec, format, this::base);
        return EventChannel.of(connection, signedIn.application().value(), signedIn.applicationUri().toString(),
                settings);
    }

    // ---- internals

    Exchanges exchanges() {
        return exchanges;
    }

    private Session current() {
        Session signedIn = session.get();
        if (signedIn == null) {
            throw new IllegalStateException("not signed in: call signIn() first");
        }
        return signedIn;
    }

    /** What hrefs are relative to: the application's URL once signed in, the root URL before. */
    private URI base() {
        Session signedIn = session.get();
        return signedIn == null ? rootUri : signedIn.applicationUri();
    }

    /** What sign-in established. */
    private record Session(ServiceLocation location, Tagged<Application> application, URI applicationUri) {}
}
