package io.github.ucwakit.client.events;

import io.github.ucwakit.client.errors.UcwaClientException;
import io.github.ucwakit.client.events.DeliveredEvent.Origin;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventDescription;
import io.github.ucwakit.runtime.events.EventSender;
import io.github.ucwakit.runtime.events.EventType;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives each listener of one event its resource: the embedded one when the server embedded it as the listener's
 * class; otherwise, for a typed listener of an event that is not a deletion, the resource read through the event's
 * link, once per class however many listeners ask. Used by the dispatcher thread, one instance per event.
 */
final class ResourceResolver {

    private final ChannelConnection connection;
    private final EventSender sender;
    private final Event event;
    private final Map<Class<?>, Object> fetched = new HashMap<>();

    ResourceResolver(ChannelConnection connection, EventSender sender, Event event) {
        this.connection = connection;
        this.sender = sender;
        this.event = event;
    }

    /** The event as a listener of this class receives it. */
    <T extends UcwaResource> DeliveredEvent<T> deliver(Class<T> type, boolean fetch, EventDescription description)
            throws InterruptedException {
        UcwaResource embedded = event.resource().orElse(null);
        if (type.isInstance(embedded)) {
            return new DeliveredEvent<>(sender, event, description, type.cast(embedded), Origin.EMBEDDED, null);
        }
        if (!fetch || EventType.DELETED.equals(event.type())) {
            return new DeliveredEvent<>(sender, event, description, null, Origin.NONE, null);
        }
        Object result = fetched.get(type);
        if (result == null) {
            result = fetch(type);
            fetched.put(type, result);
        }
        if (result instanceof UcwaClientException failure) {
            return new DeliveredEvent<>(sender, event, description, null, Origin.NONE, failure);
        }
        return new DeliveredEvent<>(sender, event, description, type.cast(result), Origin.FETCHED, null);
    }

    private Object fetch(Class<? extends UcwaResource> type) throws InterruptedException {
        try {
            return connection.fetch(event.link().href(), type);
        } catch (UcwaClientException failure) {
            return failure;
        } catch (UcwaPayloadException unreadable) {
            return new UcwaClientException("the resource of " + event.link().href() + " could not be read as "
                    + type.getSimpleName() + ": " + unreadable.getMessage(), unreadable);
        }
    }
}
