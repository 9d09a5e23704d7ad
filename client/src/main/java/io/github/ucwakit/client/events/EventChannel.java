package io.github.ucwakit.client.events;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.client.errors.MissingLinkException;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.events.EventDescription;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The event channel of a signed-in application as a stream of typed events: a poller thread keeps one pending GET
 * open on the application's {@code events} link, and a dispatcher thread hands each event, in order, to the
 * listeners registered for it. Obtained from {@code UcwaClient.events(...)}; register listeners, then
 * {@link #start()}; {@link #close()} when done.
 *
 * <pre>{@code
 * try (EventChannel events = client.events()) {
 *     events.on(ConversationEvents.ADDED, Conversation.class, added ->
 *             System.out.println(added.resource().map(Conversation::subject) + (added.embedded() ? " (embedded)" : "")));
 *     events.onResource(Message.class, message -> ...);   // every event about a message
 *     events.onUnhandled(other -> ...);                    // what no listener took, unknown types included
 *     events.start();
 *     ...
 * }
 * }</pre>
 *
 * <p>Guarantees: every event of the channel reaches its listeners once, in the server's order, across dropped
 * connections, timeouts, 5xx answers, {@code resume} and {@code resync}: one pending GET at a time on the link the
 * server gave, never altered, and after a failure the same link again (its {@code ack} acknowledges nothing new, so
 * the server answers with the same events). Between the poller and the dispatcher sits a queue of
 * {@link EventChannelSettings#queueCapacity()} events; when a slow listener lets it fill up, the poller stops sending
 * pending GETs until there is room again, and the server keeps the events meanwhile (they are acknowledged only by
 * the next pending GET). One application should have one running channel: a second pending GET with the same
 * {@code ack} makes the server release the first with 409 {@code PGetReplaced}, which stops a channel. Thread-safe.
 */
public final class EventChannel implements AutoCloseable {

    private static final AtomicInteger CHANNELS = new AtomicInteger();

    private final ListenerRegistry registry;
    private final SignalQueue queue;
    private final EventChannelSettings settings;
    private final EventDispatcher dispatcher;
    private final Thread pollerThread;
    private final Thread dispatcherThread;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private EventChannel(ChannelConnection connection, String eventsHref, String applicationHref,
            EventChannelSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.registry = new ListenerRegistry(connection.codec());
        this.queue = new SignalQueue(settings.queueCapacity());
        this.dispatcher = new EventDispatcher(queue, registry, connection);
        EventPoller poller = new EventPoller(connection, queue,
                new Continuation(eventsHref, settings.queryParameters()), applicationHref, settings);
        int id = CHANNELS.incrementAndGet();
        this.pollerThread = new Thread(poller, "ucwa-events-poller-" + id);
        this.dispatcherThread = new Thread(this::dispatch, "ucwa-events-dispatcher-" + id);
        pollerThread.setDaemon(true);
        dispatcherThread.setDaemon(true);
    }

    /**
     * A channel on the {@code events} link of an application (not started).
     *
     * @param applicationHref the application's own URL, read again after a {@code resync}
     */
    public static EventChannel of(ChannelConnection connection, Application application, String applicationHref,
            EventChannelSettings settings) {
        Link events = application.eventsLink().orElseThrow(() -> new MissingLinkException("application", "events"));
        return new EventChannel(connection, events.href(), applicationHref, settings);
    }

    /**
     * Listens to one event of a catalog ({@code ConversationEvents.ADDED}) and receives its resource as
     * {@code type}: embedded when the server embedded it, else read through the event's link (not for a deletion).
     *
     * @throws IllegalArgumentException when the codec reads that resource into another class
     */
    public <T extends UcwaResource> EventChannel on(EventDescription event, Class<T> type, EventListener<T> listener) {
        registry.on(event, type, listener);
        return this;
    }

    /** Listens to every event about resources of this class ({@code Message.class}), typed as {@link #on}. */
    public <T extends UcwaResource> EventChannel onResource(Class<T> type, EventListener<T> listener) {
        registry.onResource(type, listener);
        return this;
    }

    /** Listens to every event a sender of this rel sends ({@code "conversation"}); embedded resources only. */
    public EventChannel onSender(String senderRel, EventListener<UcwaResource> listener) {
        registry.onSender(senderRel, listener);
        return this;
    }

    /** Listens to every event one sender sends (one conversation, by its self link); embedded resources only. */
    public EventChannel onSender(Link sender, EventListener<UcwaResource> listener) {
        registry.onSenderHref(sender.href(), listener);
        return this;
    }

    /**
     * Receives every event no other listener takes: event types and resources no catalog describes, and those
     * nobody listens to. Without a catch-all, such events are logged at {@code INFO}.
     */
    public EventChannel onUnhandled(EventListener<UcwaResource> listener) {
        registry.onUnhandled(listener);
        return this;
    }

    /** Is told of {@code resync}, {@code resume} and the end of the channel. */
    public EventChannel onChannel(ChannelListener listener) {
        registry.onChannel(listener);
        return this;
    }

    /** Starts polling and dispatching; once. */
    public EventChannel start() {
        if (closed.get()) {
            throw new IllegalStateException("the event channel is closed");
        }
        if (started.compareAndSet(false, true)) {
            dispatcherThread.start();
            pollerThread.start();
        }
        return this;
    }

    /**
     * Completes when the channel has stopped and every event received has been delivered: normally after
     * {@link #close()}, exceptionally with the failure that stopped polling.
     */
    public CompletableFuture<Void> stopped() {
        return stopped.copy();
    }

    /** How many events have been dispatched so far. */
    public long dispatched() {
        return dispatcher.dispatched();
    }

    /** How many received events wait for dispatch. */
    public int queued() {
        return queue.events();
    }

    /**
     * Stops the channel: the pending GET in flight is aborted (its events stay on the server, unacknowledged), the
     * events already received are delivered (for up to {@link EventChannelSettings#closeTimeout()}), and both
     * threads have ended when this returns. Called from a listener, it stops polling and returns at once; the
     * dispatcher ends after that listener. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (!started.get()) {
            stopped.complete(null);
            return;
        }
        pollerThread.interrupt();
        if (Thread.currentThread() == dispatcherThread) {
            return;
        }
        long millis = Math.max(1, settings.closeTimeout().toMillis());
        try {
            pollerThread.join(millis);
            dispatcherThread.join(millis);
            if (dispatcherThread.isAlive()) {
                dispatcherThread.interrupt();
                dispatcherThread.join(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch() {
        try {
            dispatcher.run();
        } finally {
            queue.close();
            Throwable failure = dispatcher.failure();
            if (failure == null) {
                stopped.complete(null);
            } else {
                stopped.completeExceptionally(failure);
            }
        }
    }
}
