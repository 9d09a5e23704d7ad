package io.github.ucwakit.client.events;

import io.github.ucwakit.client.events.ListenerRegistry.Registration;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventSender;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dispatcher thread's work: takes the poller's signals in order and hands each event to its listeners, one event
 * at a time, in the order of the response (senders, then their events); an event no listener takes goes to the
 * catch-all listeners, or is logged when there are none, never dropped silently. A listener's exception is logged
 * and the others go on. Ends after the poller's {@link ChannelSignal.Stopped} signal.
 */
final class EventDispatcher implements Runnable {

    private static final System.Logger LOG = System.getLogger(EventDispatcher.class.getName());

    private final SignalQueue queue;
    private final ListenerRegistry registry;
    private final ChannelConnection connection;
    private final AtomicLong dispatched = new AtomicLong();
    private volatile Throwable failure;

    EventDispatcher(SignalQueue queue, ListenerRegistry registry, ChannelConnection connection) {
        this.queue = queue;
        this.registry = registry;
        this.connection = connection;
    }

    /** How many events have been handed to listeners (or to the log) so far. */
    long dispatched() {
        return dispatched.get();
    }

    /** Why polling stopped, once it has; {@code null} after a close on request. */
    Throwable failure() {
        return failure;
    }

    @Override
    public void run() {
        try {
            ChannelSignal signal;
            while ((signal = queue.take()) != null) {
                if (!handle(signal)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            LOG.log(Level.WARNING, "the event dispatcher was interrupted; events still queued are not delivered");
        }
    }

    /** Handles one signal; false after the last. */
    private boolean handle(ChannelSignal signal) throws InterruptedException {
        if (signal instanceof ChannelSignal.Batch batch) {
            for (EventSender sender : batch.response().senders()) {
                for (Event event : sender.events()) {
                    dispatch(sender, event);
                }
            }
        } else if (signal instanceof ChannelSignal.Resynced resynced) {
            tellChannel(listener -> listener.resynced(resynced.application()));
        } else if (signal instanceof ChannelSignal.Resumed) {
            tellChannel(ChannelListener::resumed);
        } else if (signal instanceof ChannelSignal.Stopped stopped) {
            failure = stopped.failure();
            tellChannel(listener -> listener.stopped(Optional.ofNullable(stopped.failure())));
            return false;
        }
        return true;
    }

    private void dispatch(EventSender sender, Event event) throws InterruptedException {
        ResourceResolver resources = new ResourceResolver(connection, sender, event);
        List<Registration<?>> listeners = registry.matching(sender, event);
        if (listeners.isEmpty()) {
            List<Registration<UcwaResource>> catchAll = registry.catchAll();
            if (catchAll.isEmpty()) {
                LOG.log(Level.INFO, "event without listener: {0} from {1}", event, sender.rel());
            }
            for (Registration<UcwaResource> registration : catchAll) {
                deliver(registration, resources);
            }
        }
        for (Registration<?> registration : listeners) {
            deliver(registration, resources);
        }
        dispatched.incrementAndGet();
    }

    private <T extends UcwaResource> void deliver(Registration<T> registration, ResourceResolver resources)
            throws InterruptedException {
        DeliveredEvent<T> delivered = resources.deliver(registration.type(), registration.fetch(),
                registration.description());
        try {
            registration.listener().onEvent(delivered);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "a listener of " + delivered + " failed; the others go on", e);
        }
    }

    private void tellChannel(java.util.function.Consumer<ChannelListener> call) {
        for (ChannelListener listener : registry.channelListeners()) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a channel listener failed; the others go on", e);
            }
        }
    }
}
