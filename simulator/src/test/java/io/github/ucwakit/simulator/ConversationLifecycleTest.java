package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.AddParticipantInput;
import io.github.ucwakit.api.AddParticipantOperations;
import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Contact;
import io.github.ucwakit.api.ContactPresence;
import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationEvents;
import io.github.ucwakit.api.ConversationState;
import io.github.ucwakit.api.Conversations;
import io.github.ucwakit.api.Importance;
import io.github.ucwakit.api.Message;
import io.github.ucwakit.api.Messaging;
import io.github.ucwakit.api.MyContacts;
import io.github.ucwakit.api.Participant;
import io.github.ucwakit.api.ParticipantInvitation;
import io.github.ucwakit.api.Participants;
import io.github.ucwakit.api.StartMessagingInput;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.UcwaError;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.operations.RequestBodies;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** People and contacts, and a conversation from start to leave, with the events it logs, in both formats. */
class ConversationLifecycleTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void readsTheContactListAContactAndItsPresence(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        Application application = wire.application();
        String myContacts = application.people().orElseThrow().myContactsLink().orElseThrow().href();
        MyContacts contacts = wire.read(wire.get(myContacts), MyContacts.class);
        assertThat(contacts.contact()).extracting(Contact::name).containsExactly("Bob Barry", "Carol Chen",
                "Dave Diaz");
        assertThat(contacts.contactLinks()).hasSize(3);
        Contact bob = wire.read(wire.get(contacts.contactLinks().get(0).href()), Contact.class);
        assertThat(bob.uri()).isEqualTo("sip:bob@contoso.com");
        ContactPresence presence = wire.read(wire.get(bob.contactPresenceLink().orElseThrow().href()),
                ContactPresence.class);
        assertThat(presence.availability().value()).isEqualTo("Online");
        assertThat(wire.get(application.me().orElseThrow().presenceLink().orElseThrow().href()).statusCode())
                .isEqualTo(200);
        CommunicationTest.assertError(wire.get(myContacts + "/nobody@contoso.com"), format, 404, "NotFound");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aConversationFromStartToLeave(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        Application application = wire.application();
        String events = application.eventsLink().orElseThrow().href();
        String startMessaging = application.communication().orElseThrow().startMessagingLink().orElseThrow().href();

        StartMessagingInput start = StartMessagingInput.builder().to("sip:bob@contoso.com").subject("Status")
                .importance(Importance.URGENT).operationId("op-1").build();
        HttpResponse<String> started = wire.post(startMessaging, wire.mediaType(),
                RequestBodies.writeToString(start, format));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String invitationHref = started.headers().firstValue("Location").orElseThrow();
        GenericResource invitation = (GenericResource) Wire.CODEC.read(wire.get(invitationHref).body(), format);
        assertThat(invitation.rel()).isEqualTo("messagingInvitation");

        Conversations conversations = wire.read(wire.get(application.communication().orElseThrow()
                .conversationsLink().orElseThrow().href()), Conversations.class);
        assertThat(conversations.conversationLinks()).hasSize(1);
        String conversationHref = conversations.conversationLinks().get(0).href();
        Conversation conversation = wire.read(wire.get(conversationHref), Conversation.class);
        assertThat(conversation.state()).isEqualTo(ConversationState.CONNECTED);
        assertThat(conversation.subject()).isEqualTo("Status");
        assertThat(conversation.importance()).isEqualTo(Importance.URGENT);
        assertThat(conversation.participantCount()).isEqualTo(2);

        String participantsHref = conversation.participantsLink().orElseThrow().href();
        assertThat(wire.read(wire.get(participantsHref), Participants.class).participantLinks())
                .extracting(Link::title).containsExactly(java.util.Optional.of("Bob Barry"));
        Participant local = wire.read(wire.get(conversation.localParticipantLink().orElseThrow().href()),
                Participant.class);
        assertThat(local.local()).isTrue();

        String addParticipant = conversation.addParticipantLink().orElseThrow().href();
        String carol = RequestBodies.writeToString(AddParticipantInput.builder().to("sip:carol@contoso.com")
                .operationId("op-2").build(), format);
        HttpResponse<String> added = wire.post(addParticipant, wire.mediaType(), carol);
        assertThat(added.statusCode()).isEqualTo(201);
        ParticipantInvitation participantInvitation = wire.read(
                wire.get(added.headers().firstValue("Location").orElseThrow()), ParticipantInvitation.class);
        assertThat(participantInvitation.to()).isEqualTo("sip:carol@contoso.com");
        assertThat(wire.read(wire.get(participantsHref), Participants.class).participantLinks()).hasSize(2);
        assertThat(wire.read(wire.get(conversationHref), Conversation.class).participantCount()).isEqualTo(3);

        HttpResponse<String> again = wire.post(addParticipant, wire.mediaType(), carol);
        UcwaError conflict = CommunicationTest.assertError(again, format, 409, "Conflict");
        assertThat(AddParticipantOperations.POST.errors().match(409, conflict).orElseThrow().subcode())
                .isEqualTo("AlreadyExists");

        Messaging messaging = wire.read(wire.get(conversation.messagingLink().orElseThrow().href()),
                Messaging.class);
        assertThat(messaging.state()).isEqualTo("Connected");
        String sendMessage = messaging.sendMessageLink().orElseThrow().href();
        HttpResponse<String> sent = wire.post(sendMessage + "?OperationContext=op-3", "text/plain", "What's up?");
        assertThat(sent.statusCode()).isEqualTo(201);
        Message message = wire.read(wire.get(sent.headers().firstValue("Location").orElseThrow()), Message.class);
        assertThat(message.plainMessageLink().orElseThrow().dataUri().orElseThrow().text()).isEqualTo("What's up?");
        assertThat(message.operationId()).isEqualTo("op-3");
        CommunicationTest.assertError(wire.post(sendMessage, "application/json", "{}"), format, 415,
                "UnsupportedMediaType");

        HttpResponse<String> put = wire.send(wire.request(conversationHref).header("Content-Type",
                wire.mediaType()).PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        CommunicationTest.assertError(put, format, 405, "MethodNotAllowed");
        assertThat(put.headers().firstValue("Allow")).hasValue("DELETE, GET");

        assertThat(wire.delete(conversationHref).statusCode()).isEqualTo(204);
        CommunicationTest.assertError(wire.get(conversationHref), format, 410, "Gone");
        CommunicationTest.assertError(wire.get(participantsHref), format, 410, "Gone");
        assertThat(wire.read(wire.get(application.communication().orElseThrow().conversationsLink().orElseThrow()
                .href()), Conversations.class).conversationLinks()).isEmpty();

        EventChannelResponse channel = new EventChannelCodec(Wire.CODEC).read(wire.get(events + "&timeout=0")
                .body(), format);
        List<String> happened = channel.senders().stream()
                .flatMap(sender -> sender.events().stream().map(event -> sender.rel() + ":" + event.type().value()
                        + ":" + event.link().rel()))
                .collect(Collectors.toList());
        assertThat(happened).containsSubsequence(
                "communication:started:messagingInvitation",
                "communication:added:conversation",
                "conversation:added:localParticipant",
                "conversation:updated:messaging",
                "communication:updated:conversation",
                "conversation:added:participant",
                "conversation:added:participantMessaging",
                "conversation:updated:messaging",
                "communication:completed:messagingInvitation",
                "communication:started:participantInvitation",
                "conversation:added:participant",
                "communication:completed:participantInvitation",
                "conversation:completed:message",
                "communication:deleted:conversation");
        Event conversationAdded = channel.senders().get(0).events().get(1);
        assertThat(ConversationEvents.CATALOG.match(channel.senders().get(0), conversationAdded)).isPresent();
        assertThat(conversationAdded.resource(Conversation.class)).hasValueSatisfying(c -> assertThat(c.state())
                .isEqualTo(ConversationState.CONNECTING));

        String next = channel.next().orElseThrow().href();
        EventChannelResponse empty = new EventChannelCodec(Wire.CODEC).read(wire.get(next + "&timeout=0").body(),
                format);
        assertThat(empty.senders()).isEmpty();
        assertThat(empty.next().orElseThrow().href()).isEqualTo(next);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void theMessageOfAnInvitationIsTheConversationsFirstMessage(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        Application application = wire.application();
        String events = application.eventsLink().orElseThrow().href();
        StartMessagingInput start = StartMessagingInput.builder().to("dave@contoso.com")
                .message(Link.of("message", "data:text/plain;charset=utf-8,Hello%20Dave")).build();
        assertThat(wire.post(application.communication().orElseThrow().startMessagingLink().orElseThrow().href(),
                wire.mediaType(), RequestBodies.writeToString(start, format)).statusCode()).isEqualTo(201);
        EventChannelResponse channel = new EventChannelCodec(Wire.CODEC).read(wire.get(events + "&timeout=0")
                .body(), format);
        Message first = channel.events().stream()
                .filter(event -> event.link().rel().equals("message"))
                .map(event -> event.resource(Message.class).orElseThrow())
                .findFirst().orElseThrow();
        assertThat(first.plainMessageLink().orElseThrow().dataUri().orElseThrow().text()).isEqualTo("Hello Dave");
        Message read = wire.read(wire.get(first.self().orElseThrow().href()), Message.class);
        assertThat(read).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void wrongRequestsGetTheReferencesErrors(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        Application application = wire.application();
        String startMessaging = application.communication().orElseThrow().startMessagingLink().orElseThrow().href();
        HttpResponse<String> nobody = wire.post(startMessaging, wire.mediaType(), RequestBodies.writeToString(
                StartMessagingInput.builder().to("sip:nobody@fabrikam.com").build(), format));
        UcwaError error = CommunicationTest.assertError(nobody, format, 400, "BadRequest");
        assertThat(error.subcode()).hasValue("ParameterValidationFailure");
        assertThat(error.parameters()).containsKey("to");

        UcwaError unknown = CommunicationTest.assertError(wire.get(application.self().orElseThrow().href()
                + "/nothing/here"), format, 404, "NotFound");
        assertThat(unknown.subcode()).hasValue("ResourceNotFound");
        UcwaError noApplication = CommunicationTest.assertError(wire.get("/ucwa/oauth/v1/applications/999/me"),
                format, 404, "NotFound");
        assertThat(noApplication.subcode()).hasValue("ApplicationNotFound");

        HttpResponse<String> huge = wire.post(startMessaging, wire.mediaType(),
                "x".repeat(io.github.ucwakit.simulator.http.ExchangeAdapter.MAX_BODY + 1));
        CommunicationTest.assertError(huge, format, 413, "EntityTooLarge");

        HttpResponse<String> garbage = wire.post(startMessaging, wire.mediaType(), "<<<{{{");
        assertThat(ErrorBodies.read(garbage.body(), format).subcode()).hasValue("DeserializationFailure");
        assertThat(garbage.statusCode()).isEqualTo(400);
    }
}
