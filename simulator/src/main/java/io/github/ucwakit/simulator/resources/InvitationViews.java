package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.Direction;
import io.github.ucwakit.api.Importance;
import io.github.ucwakit.api.InvitationState;
import io.github.ucwakit.api.Message;
import io.github.ucwakit.api.ParticipantInvitation;
import io.github.ucwakit.api.Status;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.Invitation;
import io.github.ucwakit.simulator.world.Person;
import io.github.ucwakit.simulator.world.SimApplication;
import io.github.ucwakit.simulator.world.SimConversation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The representations of invitations and messages: the {@code messagingInvitation} (no reference page describes it,
 * so it is a generic resource shaped like "Send an IM"'s events), a {@code participantInvitation} and a
 * {@code message}.
 */
final class InvitationViews {

    private InvitationViews() {}

    static GenericResource messagingInvitation(SimApplication app, Invitation invitation,
            SimConversation conversation, Person me, Person to, String state) {
        Hrefs h = app.hrefs();
        String invitationId = invitation.id();
        String operationId = invitation.operationId();
        String id = conversation.id();
        UnknownMembers.Builder members = UnknownMembers.builder()
                .property("direction", new PropertyValue.Text("Outgoing"))
                .property("importance", new PropertyValue.Text(conversation.importance()))
                .property("threadId", new PropertyValue.Text(conversation.threadId()))
                .property("state", new PropertyValue.Text(state));
        if (operationId != null) {
            members.property("operationId", new PropertyValue.Text(operationId));
        }
        if (conversation.subject() != null) {
            members.property("subject", new PropertyValue.Text(conversation.subject()));
        }
        members.link(Link.of("from", h.participant(id, me.id()), me.name()))
                .link(Link.of("to", h.contact(to.id())))
                .link(Link.of("conversation", h.conversation(id)))
                .link(Link.of("messaging", h.messaging(id)));
        return GenericResource.builder()
                .rel("messagingInvitation")
                .self(Link.of("self", h.messagingInvitation(invitationId)))
                .unknownMembers(members.build())
                .build();
    }

    static ParticipantInvitation participantInvitation(SimApplication app, Invitation invitation,
            SimConversation conversation, Person me, Person to, boolean connected) {
        Hrefs h = app.hrefs();
        String invitationId = invitation.id();
        String id = conversation.id();
        return ParticipantInvitation.builder()
                .self(Link.of("self", h.participantInvitation(invitationId)))
                .direction(Direction.OUTGOING)
                .importance(Importance.of(conversation.importance()))
                .operationId(invitation.operationId())
                .state(connected ? InvitationState.CONNECTED : InvitationState.CONNECTING)
                .subject(conversation.subject())
                .threadId(conversation.threadId())
                .to(to.uri())
                .cancelLink(Link.of("cancel", h.participantInvitation(invitationId) + "/cancel"))
                .conversationLink(Link.of("conversation", h.conversation(id)))
                .fromLink(Link.of("from", h.participant(id, me.id()), me.name()))
                .participantLink(Link.of("participant", h.participant(id, to.id()), to.name()))
                .toLink(Link.of("to", h.contact(to.id())))
                .build();
    }

    static Message message(SimApplication app, SimConversation conversation, SimConversation.Message message,
            Person sender) {
        Hrefs h = app.hrefs();
        String id = conversation.id();
        String data = "data:text/plain;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(message.text().getBytes(StandardCharsets.UTF_8));
        return Message.builder()
                .self(Link.of("self", h.message(id, message.number())))
                .direction(Direction.of(message.direction()))
                .operationId(message.operationId())
                .status(Status.SUCCEEDED)
                .timeStamp(ConversationViews.time(message.timeStamp()))
                .contactLink(Link.of("contact", h.contact(sender.id())))
                .messagingLink(Link.of("messaging", h.messaging(id)))
                .participantLink(Link.of("participant", h.participant(id, sender.id()), sender.name()))
                .plainMessageLink(Link.of("plainMessage", data))
                .build();
    }
}
