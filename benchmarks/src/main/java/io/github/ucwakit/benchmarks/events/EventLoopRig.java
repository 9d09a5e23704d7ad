package io.github.ucwakit.benchmarks.events;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.GeneratedBindings;
import io.github.ucwakit.api.Message;
import io.github.ucwakit.client.events.ChannelConnection;
import io.github.ucwakit.client.events.EventChannel;
import io.github.ucwakit.client.events.EventChannelSettings;
import io.github.ucwakit.client.http.JdkTransport;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The client's event loop on a {@link LoopbackEventServer}, with one listener per conversation registered by its
 * sender link (as an application that follows several conversations does), each counting the typed messages it
 * receives (and, with a {@link LatencyProbe}, the time from each event's production to its listener). The pending
 * GETs go through the client's JDK transport; sign-in is not part of the path measured.
 */
public final class EventLoopRig implements AutoCloseable {

    private final LoopbackEventServer server;
    private final EventChannel channel;
    private final LatencyProbe probe;
    private final AtomicLong received = new AtomicLong();
    private volatile long target;
    private volatile Thread waiter;
    private long emitted;

    private EventLoopRig(LoopbackEventServer server, EventChannel channel, LatencyProbe probe) {
        this.server = server;
        this.channel = channel;
        this.probe = probe;
    }

    /** A started loop with {@code conversations} per-conversation listeners. */
    public static EventLoopRig start(int conversations) throws IOException, InterruptedException {
        return start(conversations, null);
    }

    /**
     * A started loop with {@code conversations} per-conversation listeners; with a probe, each event's latency from
     * its production to its listener is recorded.
     */
    static EventLoopRig start(int conversations, LatencyProbe probe) throws IOException, InterruptedException {
        LoopbackEventServer server = new LoopbackEventServer();
        EventLoopRig rig = new EventLoopRig(server, open(server, conversations), probe);
        for (int i = 0; i < conversations; i++) {
            rig.channel.onSender(Link.of("conversation", LoopbackEventServer.conversation(i)), event -> {
                if (event.event().resource(Message.class).isEmpty()) {
                    return;
                }
                if (probe != null) {
                    String href = event.link().href();
                    probe.delivered(Long.parseLong(href.substring(href.lastIndexOf('/') + 1)));
                }
                if (rig.received.incrementAndGet() >= rig.target) {
                    LockSupport.unpark(rig.waiter);
                }
            });
        }
        rig.channel.start();
        return rig;
    }

    /** A channel on the server, not started. */
    static EventChannel open(LoopbackEventServer server, int conversations) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        UcwaCodec codec = UcwaCodec.of(new GeneratedBindings().bindings());
        EventChannelSettings settings = EventChannelSettings.builder().timeout(Duration.ofSeconds(180))
                .queueCapacity(Math.max(1000, conversations)).build();
        ChannelConnection connection = new ChannelConnection(new JdkTransport(http, settings.requestTimeout()),
                new JdkTransport(http, Duration.ofSeconds(10)), codec, PayloadFormat.JSON, server::application);
        HttpResponse<byte[]> application = http.send(HttpRequest.newBuilder(server.application()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return EventChannel.of(connection, codec.read(application.body(), PayloadFormat.JSON, Application.class),
                server.application().toString(), settings);
    }

    /**
     * Emits {@code count} events round-robin over the conversations and waits (parked, not spinning: the loop's
     * threads need the cores) until the listeners have them all.
     */
    public void emitAndAwait(int count, int conversations) {
        waiter = Thread.currentThread();
        target = emitted + count;
        for (int n = 0; n < count; n++) {
            if (probe != null) {
                probe.produced(emitted);
            }
            server.emit((int) (emitted % conversations), emitted);
            emitted++;
        }
        while (received.get() < target) {
            LockSupport.parkNanos(this, 1_000_000);
        }
    }

    /**
     * Waits until every event emitted has been delivered and the server holds the next pending GET with nothing to
     * answer: the channel idle, waiting for an event.
     */
    public void awaitIdle() throws InterruptedException {
        if (received.get() != emitted) {
            throw new IllegalStateException("events still in flight: " + (emitted - received.get()));
        }
        if (!server.awaitWaitingPoll()) {
            throw new IllegalStateException("the server is closed");
        }
    }

    /** Events delivered so far. */
    public long received() {
        return received.get();
    }

    @Override
    public void close() {
        channel.close();
        server.close();
    }
}
