package io.github.ucwakit.client.events;

import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventDescription;
import io.github.ucwakit.runtime.events.EventSender;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * The listeners of a channel and what each listens to: a catalog entry ({@code ConversationEvents.ADDED}), a
 * resource class, a sender (by rel or by link), or everything no other listener took (the catch-all). Listeners
 * are kept in registration order; they may be added while the channel runs. Thread-safe.
 */
final class ListenerRegistry {

    private final UcwaCodec codec;
    private final List<Registration<?>> listeners = new CopyOnWriteArrayList<>();
    private final List<Registration<UcwaResource>> catchAll = new CopyOnWriteArrayList<>();
    private final List<ChannelListener> channelListeners = new CopyOnWriteArrayList<>();

    ListenerRegistry(UcwaCodec codec) {
        this.codec = codec;
    }

    /**
     * A typed listener of one catalog entry; refused when the codec reads the entry's resource into a class that
     * is not {@code type}'s.
     */
    <T extends UcwaResource> void on(EventDescription description, Class<T> type, EventListener<T> listener) {
        Objects.requireNonNull(description, "description");
        for (ResourceBinding<?> binding : codec.bindings()) {
            if (binding.rel().equals(description.resource()) && !type.isAssignableFrom(binding.type())) {
                throw new IllegalArgumentException("events about '" + description.resource() + "' carry a "
                        + binding.type().getName() + ", not a " + type.getName());
            }
        }
        listeners.add(new Registration<>(description::matches, description, type, true, listener));
    }

    /** A typed listener of every event about a resource of this class (found by its class or its rel). */
    <T extends UcwaResource> void onResource(Class<T> type, EventListener<T> listener) {
        Set<String> rels = codec.bindings().stream().filter(binding -> binding.type().equals(type))
                .map(ResourceBinding::rel).collect(Collectors.toUnmodifiableSet());
        BiPredicate<EventSender, Event> about = (sender, event) ->
                event.resource().filter(type::isInstance).isPresent() || rels.contains(event.link().rel());
        listeners.add(new Registration<>(about, null, type, true, listener));
    }

    /** An untyped listener of every event a sender of this rel sends ({@code conversation}). */
    void onSender(String senderRel, EventListener<UcwaResource> listener) {
        Objects.requireNonNull(senderRel, "senderRel");
        listeners.add(new Registration<>((sender, event) -> sender.rel().equals(senderRel), null, UcwaResource.class,
                false, listener));
    }

    /** An untyped listener of every event one sender sends (one conversation), by its href. */
    void onSenderHref(String href, EventListener<UcwaResource> listener) {
        Objects.requireNonNull(href, "href");
        listeners.add(new Registration<>((sender, event) -> sender.href().filter(href::equals).isPresent(), null,
                UcwaResource.class, false, listener));
    }

    /** A listener of every event no other listener took: unknown event types, resources without a listener. */
    void onUnhandled(EventListener<UcwaResource> listener) {
        catchAll.add(new Registration<>((sender, event) -> true, null, UcwaResource.class, false, listener));
    }

    void onChannel(ChannelListener listener) {
        channelListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The listeners of an event, in registration order; empty when none but the catch-all takes it. */
    List<Registration<?>> matching(EventSender sender, Event event) {
        return listeners.stream().filter(registration -> registration.matcher().test(sender, event)).toList();
    }

    List<Registration<UcwaResource>> catchAll() {
        return catchAll;
    }

    List<ChannelListener> channelListeners() {
        return channelListeners;
    }

    /**
     * One listener and what it listens to.
     *
     * @param description the catalog entry, or {@code null}
     * @param type the class the listener receives resources as
     * @param fetch whether a resource the event only links to is read through the link for it
     */
    record Registration<T extends UcwaResource>(BiPredicate<EventSender, Event> matcher,
            EventDescription description, Class<T> type, boolean fetch, EventListener<T> listener) {

        Registration {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(listener, "listener");
        }
    }
}
