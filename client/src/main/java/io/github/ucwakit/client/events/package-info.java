/**
 * The event channel as a stream of typed events: {@link io.github.ucwakit.client.events.EventChannel} (opened with
 * {@code UcwaClient.events(...)}) keeps a pending GET open on the application's {@code events} link and hands each
 * event, in order and once, to the listeners registered for it: by catalog entry ({@code ConversationEvents.ADDED}
 * with {@code Conversation.class}), by resource class, by sender, or to the catch-all; each receives a
 * {@link io.github.ucwakit.client.events.DeliveredEvent} that says whether its resource was embedded or fetched.
 *
 * <p>Inside, one class per job: the poller ({@code EventPoller}, one pending GET at a time), the link to poll and the
 * query parameters ({@code Continuation}), the reconnection waits ({@code Backoff}), the bounded queue between poller
 * and dispatcher ({@code SignalQueue}), the dispatcher ({@code EventDispatcher}), the listeners
 * ({@code ListenerRegistry}), the resources of one event ({@code ResourceResolver}) and the HTTP side
 * ({@link io.github.ucwakit.client.events.ChannelConnection}). It uses the client's {@code http}, {@code errors} and
 * {@code wire} packages; the facade's package uses it.
 */
package io.github.ucwakit.client.events;
