package io.github.ucwakit.client.events;

import io.github.ucwakit.api.Application;
import java.util.Optional;

/**
 * Is told what happens to the channel itself, on the dispatcher thread, in order with the events: each method does
 * nothing unless overridden.
 */
public interface ChannelListener {

    /**
     * The server answered {@code resync}: the client used a link the server no longer accepts, and may have missed
     * events. Caches of transient data (conversations, subscriptions) should be cleared and rebuilt from
     * {@code application}, which was read again; events go on from the first the server had not had acknowledged.
     */
    default void resynced(Application application) {}

    /**
     * The server answered {@code resume}: the channel was idle long enough for the server to reset transient state
     * (conversations closed, subscriptions ended). The channel's query parameters have been sent again.
     */
    default void resumed() {}

    /**
     * Polling has ended and every event received before has been delivered: closed on request ({@code failure}
     * empty), or stopped by what the channel cannot go on after (the application no longer exists, another client
     * took over the channel, the sign-in was refused, answers that cannot be read).
     */
    default void stopped(Optional<Throwable> failure) {}
}
