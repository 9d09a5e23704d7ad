package io.github.ucwakit.client.events;

import io.github.ucwakit.runtime.UcwaResource;

/**
 * Receives the events it was registered for, one at a time and in the order the server sent them, on the channel's
 * dispatcher thread. An exception it throws is logged and the next listener and event go on; a listener that takes
 * long delays the events after it (the poller waits when the queue is full) but never loses one.
 *
 * @param <T> the class of the resource the events are about
 */
@FunctionalInterface
public interface EventListener<T extends UcwaResource> {

    void onEvent(DeliveredEvent<T> event) throws Exception;
}
