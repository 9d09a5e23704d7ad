package io.github.ucwakit.client.events;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.runtime.events.EventChannelResponse;

/**
 * What the poller hands to the dispatcher, in the order it happened: a batch of events, a resynchronisation with the
 * application read again, a resumption, or the end of polling.
 */
sealed interface ChannelSignal {

    /** How many places the signal takes in the {@link SignalQueue}: its events; 0 for the others. */
    default int weight() {
        return 0;
    }

    /** The events of one answer to a pending GET. */
    record Batch(EventChannelResponse response, int eventCount) implements ChannelSignal {
        Batch(EventChannelResponse response) {
            this(response, response.senders().stream().mapToInt(sender -> sender.events().size()).sum());
        }

        @Override
        public int weight() {
            return eventCount;
        }
    }

    /** The server answered {@code resync}; the application as it is now. */
    record Resynced(Application application) implements ChannelSignal {}

    /** The server answered {@code resume}: transient state (conversations, subscriptions) was reset. */
    record Resumed() implements ChannelSignal {}

    /** Polling ended: closed on request ({@code failure} null) or stopped by a failure. */
    record Stopped(Throwable failure) implements ChannelSignal {}
}
