package io.github.ucwakit.examples.echo;

import io.github.ucwakit.api.AcceptOperations;
import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationEvents;
import io.github.ucwakit.api.ConversationOperations;
import io.github.ucwakit.api.Direction;
import io.github.ucwakit.api.Message;
import io.github.ucwakit.api.Messaging;
import io.github.ucwakit.api.Participant;
import io.github.ucwakit.api.ParticipantEvents;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.client.events.ChannelListener;
import io.github.ucwakit.client.events.DeliveredEvent;
import io.github.ucwakit.client.events.EventChannel;
import io.github.ucwakit.client.events.EventChannelSettings;
import io.github.ucwakit.runtime.DataUri;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.events.EventType;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bot that answers every instant message with its echo, as "Receive an IM" and "Send an IM" describe the
 * exchanges: it signs in, waits on the event channel for a messaging invitation, accepts it, sends back the text of
 * every incoming message, and leaves a conversation when the other side has left it.
 *
 * <pre>{@code
 * UcwaClient client = UcwaClient.builder(root).password(user, password).build();
 * try (EchoBot bot = EchoBot.start(client)) {
 *     bot.stopped().join();        // runs until closed, or until the event channel stops
 * }
 * }</pre>
 *
 * <p>Everything happens on the event channel's dispatcher thread, one event at a time and in order, so the bot keeps
 * no locks; the state it keeps is the {@code sendMessage} link of each conversation it is in.
 */
public final class EchoBot implements AutoCloseable {

    private static final Logger LOG = System.getLogger(EchoBot.class.getName());

    private final UcwaClient client;
    private final EventChannel events;
    /** The conversations the bot is in (by href), with their {@code sendMessage} link once known. */
    private final Map<String, Optional<Link>> conversations = new ConcurrentHashMap<>();
    private final Set<String> left = ConcurrentHashMap.newKeySet();
    private final AtomicLong echoes = new AtomicLong();

    private EchoBot(UcwaClient client, EventChannelSettings settings) {
        this.client = client;
        this.events = client.events(settings);
    }

    /** Signs in with {@code client} and starts answering, with the event channel's default settings. */
    public static EchoBot start(UcwaClient client) {
        return start(client, EventChannelSettings.defaults());
    }

    /** Signs in with {@code client} and starts answering. */
    public static EchoBot start(UcwaClient client, EventChannelSettings settings) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(settings, "settings");
        Application application = client.signIn();
        LOG.log(Level.INFO, "signed in, application {0}", application.self().map(Link::href).orElse("?"));
        EchoBot bot = new EchoBot(client, settings);
        bot.listen();
        return bot;
    }

    private void listen() {
        events.onSender("communication", this::onCommunicationEvent)
                .onResource(Message.class, this::onMessage)
                .on(ParticipantEvents.DELETED, Participant.class, this::onParticipantLeft)
                .on(ConversationEvents.DELETED, Conversation.class, this::onConversationDeleted)
                .onUnhandled(event -> LOG.log(Level.DEBUG, "not for the bot: {0}", event))
                .onChannel(new ChannelListener() {
                    @Override
                    public void resynced(Application application) {
                        LOG.log(Level.INFO, "event channel resynchronized; the {0} conversations go on",
                                conversations.size());
                    }

                    @Override
                    public void resumed() {
                        LOG.log(Level.INFO, "event channel resumed after a break; the {0} conversations go on",
                                conversations.size());
                    }

                    @Override
                    public void stopped(Optional<Throwable> failure) {
                        failure.ifPresent(cause -> LOG.log(Level.WARNING, "event channel stopped", cause));
                    }
                })
                .start();
    }

    /** A messaging invitation started by someone else: accept it. */
    private void onCommunicationEvent(DeliveredEvent<UcwaResource> event) {
        if (!event.link().rel().equals("messagingInvitation") || !event.type().equals(EventType.STARTED)) {
            return;
        }
        Optional<UcwaResource> invitation = event.resource();
        Optional<Link> accept = invitation.flatMap(resource -> resource.unknownMembers().links().stream()
                .filter(link -> link.rel().equals("accept"))
                .findFirst());
        if (accept.isEmpty()) {
            return; // an invitation this application sent, or one it can no longer answer
        }
        invitation.flatMap(resource -> resource.unknownMembers().links().stream()
                        .filter(link -> link.rel().equals("conversation"))
                        .findFirst())
                .ifPresent(conversation -> conversations.put(conversation.href(), Optional.empty()));
        LOG.log(Level.INFO, "accepting {0}", event.link().href());
        client.call(AcceptOperations.POST, accept.get());
    }

    /** A message completed in a conversation: echo it when it came from the other side. */
    private void onMessage(DeliveredEvent<Message> event) {
        if (!event.type().equals(EventType.COMPLETED)) {
            return;
        }
        Optional<Message> received = event.resource();
        if (received.isEmpty() || !Direction.INCOMING.equals(received.get().direction())) {
            return; // our own echoes come back as Outgoing messages
        }
        Optional<String> text = received.get().plainMessageLink().flatMap(Link::dataUri).map(DataUri::text);
        Optional<Link> messaging = received.get().messagingLink();
        if (text.isEmpty() || messaging.isEmpty()) {
            LOG.log(Level.WARNING, "message without text or messaging link: {0}", event.link().href());
            return;
        }
        String conversation = event.sender().href().orElse(messaging.get().href());
        Link sendMessage = sendMessageLink(conversation, messaging.get());
        client.sendMessage(sendMessage, text.get());
        echoes.incrementAndGet();
        LOG.log(Level.DEBUG, "echoed {0}", event.link().href());
    }

    private Link sendMessageLink(String conversation, Link messaging) {
        Optional<Link> known = conversations.getOrDefault(conversation, Optional.empty());
        if (known.isPresent()) {
            return known.get();
        }
        Link sendMessage = client.get(messaging, Messaging.class).value().sendMessageLink()
                .orElseThrow(() -> new IllegalStateException("messaging has no sendMessage link: " + messaging));
        conversations.put(conversation, Optional.of(sendMessage));
        return sendMessage;
    }

    /** A participant left a conversation: the bot leaves it too (it only talks in two-party conversations). */
    private void onParticipantLeft(DeliveredEvent<Participant> event) {
        Optional<String> conversation = event.sender().href();
        if (conversation.isEmpty() || !conversations.containsKey(conversation.get())) {
            return;
        }
        LOG.log(Level.INFO, "{0} left {1}; leaving", event.link().title().orElse(event.link().href()),
                conversation.get());
        client.call(ConversationOperations.DELETE, Link.of("conversation", conversation.get()));
    }

    /** A conversation ended: forget it. */
    private void onConversationDeleted(DeliveredEvent<Conversation> event) {
        String href = event.link().href();
        if (conversations.remove(href) != null) {
            left.add(href);
            LOG.log(Level.INFO, "left {0}", href);
        }
    }

    /** The number of messages echoed so far. */
    public long echoes() {
        return echoes.get();
    }

    /** Whether the bot is in this conversation (accepted and not left). */
    public boolean inConversation(String conversationHref) {
        return conversations.containsKey(conversationHref);
    }

    /** Whether the bot has left this conversation after the other side left. */
    public boolean hasLeft(String conversationHref) {
        return left.contains(conversationHref);
    }

    /** Completes when the event channel has stopped: closed, or ended by what it cannot go on after. */
    public CompletableFuture<Void> stopped() {
        return events.stopped();
    }

    /** Stops the event channel (waiting for the event being answered) and signs out. */
    @Override
    public void close() {
        events.close();
        try {
            client.signOut();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sign-out failed", e);
        }
    }
}
