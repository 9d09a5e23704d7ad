package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.Participant;
import io.github.ucwakit.api.ParticipantMessaging;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventType;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.Person;
import io.github.ucwakit.simulator.world.SimApplication;
import io.github.ucwakit.simulator.world.SimConversation;

/**
 * Logs the events of what happens to an application's conversations, as "Send an IM" shows them: which sender
 * (communication or the conversation) sends which event type for which resource, and which resources ride along
 * embedded.
 */
final class ChangeEvents {

    private final SimApplication app;
    private final Person me;
    private final Hrefs hrefs;

    ChangeEvents(SimApplication app, Person me) {
        this.app = app;
        this.me = me;
        this.hrefs = app.hrefs();
    }

    /** From {@code communication}. */
    void fromCommunication(EventType type, String rel, String href, UcwaResource embedded, String status) {
        log(Link.of("communication", hrefs.communication()), event(type, Link.of(rel, href), embedded, status));
    }

    /** From a conversation. */
    void fromConversation(SimConversation conversation, Event event) {
        log(Link.of("conversation", hrefs.conversation(conversation.id())), event);
    }

    /** A conversation added to, updated in or deleted from communication. */
    void conversation(EventType type, SimConversation conversation) {
        Conversation embedded = type.equals(EventType.DELETED) ? null
                : ConversationViews.conversation(app, conversation, me);
        fromCommunication(type, "conversation", hrefs.conversation(conversation.id()), embedded, null);
    }

    /** The local participant added to a conversation, embedded under {@code localParticipant}. */
    void localParticipantAdded(SimConversation conversation) {
        Participant local = ConversationViews.participant(app, conversation, me, true);
        fromConversation(conversation, Event.builder(EventType.ADDED, Link.of("localParticipant",
                hrefs.participant(conversation.id(), me.id()), me.name()))
                .resource("localParticipant", local)
                .build());
    }

    /** A remote participant added to a conversation, and their messaging modality. */
    void participantAdded(SimConversation conversation, Person person) {
        Link participant = Link.of("participant", hrefs.participant(conversation.id(), person.id()), person.name());
        fromConversation(conversation, Event.builder(EventType.ADDED, participant).build());
        String messaging = participant.href() + "/messaging";
        fromConversation(conversation, Event.builder(EventType.ADDED, Link.of("participantMessaging", messaging))
                .in(participant)
                .resource(ParticipantMessaging.builder()
                        .self(Link.of("self", messaging))
                        .participantLink(participant)
                        .build())
                .build());
    }

    /** The messaging modality of a conversation updated. */
    void messagingUpdated(SimConversation conversation) {
        fromConversation(conversation, Event.builder(EventType.UPDATED, Link.of("messaging",
                hrefs.messaging(conversation.id())))
                .resource(ConversationViews.messaging(app, conversation))
                .build());
    }

    /** A message sent or received in a conversation, completed. */
    void messageCompleted(SimConversation conversation, SimConversation.Message message, Person sender) {
        fromConversation(conversation, Event.builder(EventType.COMPLETED, Link.of("message",
                hrefs.message(conversation.id(), message.number())))
                .status("Success")
                .resource(InvitationViews.message(app, conversation, message, sender))
                .build());
    }

    private static Event event(EventType type, Link link, UcwaResource embedded, String status) {
        Event.Builder builder = Event.builder(type, link);
        if (embedded != null) {
            builder.resource(embedded);
        }
        if (status != null) {
            builder.status(status);
        }
        return builder.build();
    }

    private void log(Link sender, Event event) {
        app.events().append(sender, event);
    }
}
