package io.github.ucwakit.simulator;

import com.sun.net.httpserver.HttpServer;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.simulator.auth.Credentials;
import io.github.ucwakit.simulator.auth.TokenEndpoint;
import io.github.ucwakit.simulator.auth.TokenGuard;
import io.github.ucwakit.simulator.auth.TokenIssuer;
import io.github.ucwakit.simulator.faults.Faults;
import io.github.ucwakit.simulator.http.ExchangeAdapter;
import io.github.ucwakit.simulator.http.Renderer;
import io.github.ucwakit.simulator.http.Router;
import io.github.ucwakit.simulator.resources.IncomingInvitations;
import io.github.ucwakit.simulator.resources.RemoteParticipants;
import io.github.ucwakit.simulator.resources.SimulatorRoutes;
import io.github.ucwakit.simulator.world.Directory;
import io.github.ucwakit.simulator.world.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A UCWA 2.0 server on loopback, for developing and testing clients: autodiscovery, the OAuth challenge and token
 * endpoint, and a consistent world of one user with an application, people and contacts, communication settings,
 * conversations with participants and messages, an event channel and a batch endpoint, in JSON and XML.
 *
 * <pre>{@code
 * try (UcwaSimulator simulator = UcwaSimulator.builder().build().start()) {
 *     URI root = simulator.rootUri();                      // http://127.0.0.1:<port>/autodiscover/root
 *     simulator.faults().unavailable(2, Duration.ofSeconds(1));
 *     ...
 * }
 * }</pre>
 *
 * Thread-safe. {@link #close()} stops the server, wakes the event-channel polls and ends every thread it started.
 */
public final class UcwaSimulator implements AutoCloseable {

    /** The user name accepted by default. */
    public static final String DEFAULT_USER = "alice@contoso.com";
    /** The password accepted by default. */
    public static final String DEFAULT_PASSWORD = "ucwa-simulator";

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Credentials credentials;
    private final int requestedPort;
    private final Duration tokenLifetime;
    private final Duration longestPoll;
    private final boolean redirect;
    private final Clock clock;
    private final UcwaCodec codec;
    private final Faults faults = new Faults();
    private final World world;
    private final String threadPrefix = "ucwa-simulator-" + INSTANCES.incrementAndGet() + "-";
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService executor;
    private volatile String origin;

    private UcwaSimulator(Builder builder) {
        this.credentials = new Credentials(builder.userName, builder.password);
        this.requestedPort = builder.port;
        this.tokenLifetime = builder.tokenLifetime;
        this.longestPoll = builder.longestPoll;
        this.redirect = builder.redirect;
        this.clock = builder.clock;
        this.codec = builder.codec != null ? builder.codec : UcwaCodec.create();
        this.world = new World(Directory.standard(builder.userName), clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server on 127.0.0.1; returns this simulator. */
    public synchronized UcwaSimulator start() {
        if (server != null) {
            throw new IllegalStateException("the simulator is already started");
        }
        TokenIssuer issuer = new TokenIssuer(clock, tokenLifetime, faults);
        TokenGuard guard = new TokenGuard(issuer, () -> origin + SimulatorRoutes.TOKEN);
        Renderer renderer = new Renderer(codec);
        Router router = SimulatorRoutes.create(world, renderer, guard, faults,
                new TokenEndpoint(credentials, issuer), () -> origin, redirect, longestPoll);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + requestedPort, e);
        }
        executor = Executors.newCachedThreadPool(threadFactory());
        server.setExecutor(executor);
        server.createContext("/", new ExchangeAdapter(router, renderer, faults));
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
        server.start();
        return this;
    }

    /** The autodiscovery root URL, {@code http://127.0.0.1:<port>/autodiscover/root}. */
    public URI rootUri() {
        return URI.create(origin() + SimulatorRoutes.ROOT);
    }

    /** The origin of every href, {@code http://127.0.0.1:<port>}. */
    public String origin() {
        String value = origin;
        if (value == null) {
            throw new IllegalStateException("the simulator is not started");
        }
        return value;
    }

    /** The port the server listens on. */
    public int port() {
        return URI.create(origin()).getPort();
    }

    /** The user name the token endpoint accepts. */
    public String userName() {
        return credentials.userName();
    }

    /** The password the token endpoint accepts. */
    public String password() {
        return credentials.password();
    }

    /** The fault switches. */
    public Faults faults() {
        return faults;
    }

    /** What remote participants do, scripted: send the application a message, leave a conversation. */
    public RemoteParticipants remote() {
        return new RemoteParticipants(world);
    }

    /** Invitations from contacts to the application, scripted: a contact invites it to a messaging conversation. */
    public IncomingInvitations incoming() {
        return new IncomingInvitations(world);
    }

    /** The world the simulator serves, to look at or script in tests. */
    public World world() {
        return world;
    }

    /** Stops the server and every thread it started; waits for them. Calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        world.close();
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the simulator's threads did not end within 10 s");
            }
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        threads.clear();
        server = null;
    }

    /** The prefix of the names of the threads serving requests. */
    public String threadNamePrefix() {
        return threadPrefix;
    }

    private ThreadFactory threadFactory() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, threadPrefix + count.incrementAndGet());
            thread.setDaemon(true);
            threads.removeIf(ended -> !ended.isAlive());
            threads.add(thread);
            return thread;
        };
    }

    /** Builds a {@link UcwaSimulator}. */
    public static final class Builder {

        private String userName = DEFAULT_USER;
        private String password = DEFAULT_PASSWORD;
        private int port;
        private Duration tokenLifetime = Duration.ofHours(8);
        private Duration longestPoll = Duration.ofSeconds(30);
        private boolean redirect;
        private Clock clock = Clock.systemUTC();
        private UcwaCodec codec;

        private Builder() {}

        /** The user name, a sign-in address; {@value UcwaSimulator#DEFAULT_USER} by default. */
        public Builder userName(String userName) {
            this.userName = Objects.requireNonNull(userName, "userName");
            return this;
        }

        /** The password the token endpoint accepts. */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** The port; 0 (the default) for an ephemeral one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            this.port = port;
            return this;
        }

        /** How long a token lives (8 hours by default, as for authenticated users). */
        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
            return this;
        }

        /** The longest an event-channel poll waits when there is no event (30 s by default). */
        public Builder longestPoll(Duration longest) {
            this.longestPoll = Objects.requireNonNull(longest, "longest");
            return this;
        }

        /** Whether autodiscovery answers first with a {@code redirect} link (off by default). */
        public Builder redirect(boolean redirect) {
            this.redirect = redirect;
            return this;
        }

        /** The clock of token lifetimes and timestamps. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The codec resources are read and written with: by default every generated binding on the class path,
         * which must then be those of {@code ucwa-api} alone; give one here when other bindings share the class path.
         */
        public Builder codec(UcwaCodec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /** The simulator, not started. */
        public UcwaSimulator build() {
            return new UcwaSimulator(this);
        }
    }
}
