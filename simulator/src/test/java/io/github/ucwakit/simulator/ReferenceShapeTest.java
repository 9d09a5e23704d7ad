package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Communication;
import io.github.ucwakit.api.Contact;
import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.Conversations;
import io.github.ucwakit.api.MyContacts;
import io.github.ucwakit.api.Participants;
import io.github.ucwakit.runtime.PayloadFormat;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The resources the simulator serves have the properties, link rels and embedded resources of the reference's own
 * samples of them (the first JSON response sample of each page), so that a change on either side fails here.
 */
class ReferenceShapeTest {

    @Test
    void autodiscoveryIsShapedLikeTheRootSample() {
        ReferenceSamples.Shape sample = ReferenceSamples.responseShape("root_ref.md", "GET");
        ReferenceSamples.Shape served;
        try (UcwaSimulator direct = UcwaSimulator.builder().build().start();
                UcwaSimulator redirecting = UcwaSimulator.builder().redirect(true).build().start()) {
            served = shape(new Wire(direct, PayloadFormat.JSON).get(direct.rootUri().toString()))
                    .union(shape(new Wire(redirecting, PayloadFormat.JSON).get(redirecting.rootUri().toString())));
        }
        assertThat(served).isEqualTo(sample);
    }

    @Test
    void theApplicationAndWhatItEmbedsAreShapedLikeTheirSamples() {
        try (UcwaSimulator simulator = UcwaSimulator.builder().build().start()) {
            Wire wire = new Wire(simulator, PayloadFormat.JSON);
            Application application = wire.application();
            String app = application.self().orElseThrow().href();
            assertShape("application_ref.md", "GET", wire.get(app));
            assertShape("me_ref.md", "GET", wire.get(application.me().orElseThrow().self().orElseThrow().href()));
            assertShape("people_ref.md", "GET",
                    wire.get(application.people().orElseThrow().self().orElseThrow().href()));
            // communication carries one opaque property a PUT must send back (the application sample of
            // CreateAnApplication.md shows one); the rest is the communication page's sample
            HttpResponse<String> communication =
                    wire.get(application.communication().orElseThrow().self().orElseThrow().href());
            assertThat(shape(communication).properties()).hasSize(
                    shape(communication).withoutOpaqueProperties().properties().size() + 1);
            assertThat(shape(communication).withoutOpaqueProperties())
                    .isEqualTo(ReferenceSamples.responseShape("communication_ref.md", "GET"));
        }
    }

    @Test
    void peopleAndContactsAreShapedLikeTheirSamples() {
        try (UcwaSimulator simulator = UcwaSimulator.builder().build().start()) {
            Wire wire = new Wire(simulator, PayloadFormat.JSON);
            Application application = wire.application();
            String myContacts = application.people().orElseThrow().myContactsLink().orElseThrow().href();
            assertShape("myContacts_ref.md", "GET", wire.get(myContacts));
            MyContacts contacts = wire.read(wire.get(myContacts), MyContacts.class);
            Contact contact = contacts.contact().get(0);
            assertShape("contact_ref.md", "GET", wire.get(contact.self().orElseThrow().href()));
            assertShape("contactPresence_ref.md", "GET",
                    wire.get(contact.contactPresenceLink().orElseThrow().href()));
            assertShape("presence_ref.md", "GET",
                    wire.get(application.me().orElseThrow().presenceLink().orElseThrow().href()));
        }
    }

    @Test
    void aConversationAndWhatHangsOffItAreShapedLikeTheirSamples() {
        try (UcwaSimulator simulator = UcwaSimulator.builder().build().start()) {
            Wire wire = new Wire(simulator, PayloadFormat.JSON);
            Application application = wire.application();
            Communication communication = application.communication().orElseThrow();
            wire.post(communication.startMessagingLink().orElseThrow().href(), "application/json",
                    "{\"to\":\"sip:bob@contoso.com\",\"subject\":\"Shapes\"}");
            String conversations = communication.conversationsLink().orElseThrow().href();
            assertShape("conversations_ref.md", "GET", wire.get(conversations));
            String href = wire.read(wire.get(conversations), Conversations.class).conversationLinks().get(0).href();
            Conversation conversation = wire.read(wire.get(href), Conversation.class);
            assertShape("conversation_ref.md", "GET", wire.get(href));
            assertShape("messaging_ref.md", "GET", wire.get(conversation.messagingLink().orElseThrow().href()));
            String bob = wire.read(wire.get(conversation.participantsLink().orElseThrow().href()),
                    Participants.class).participantLinks().get(0).href();
            assertShape("participant_ref.md", "GET", wire.get(bob));
            assertShape("participant_ref.md", "GET",
                    wire.get(conversation.localParticipantLink().orElseThrow().href()));

            HttpResponse<String> added = wire.post(conversation.addParticipantLink().orElseThrow().href(),
                    "application/json", "{\"to\":\"sip:carol@contoso.com\",\"operationId\":\"op\"}");
            // an invitation that completed carries neither the message it was sent with nor the resources the
            // reference's sample embeds (acceptedByParticipant, from, startEmergencyCallInput)
            ReferenceSamples.Shape invitation = ReferenceSamples.responseShape("participantInvitation_ref.md", "GET");
            invitation.links().remove("message");
            invitation.embedded().clear();
            assertThat(shape(wire.get(added.headers().firstValue("Location").orElseThrow()))).isEqualTo(invitation);

            String messages = conversation.messagingLink().orElseThrow().href() + "/messages";
            HttpResponse<String> sent = wire.post(messages + "?OperationContext=op", "text/plain", "shape");
            // a plain message delivered to everyone has no htmlMessage and no failedDeliveryParticipant
            ReferenceSamples.Shape message = ReferenceSamples.responseShape("message_ref.md", "GET");
            message.links().removeAll(java.util.List.of("htmlMessage", "failedDeliveryParticipant"));
            assertThat(shape(wire.get(sent.headers().firstValue("Location").orElseThrow()))).isEqualTo(message);
        }
    }

    static void assertShape(String page, String method, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        assertThat(shape(response)).as("%s %s", method, page)
                .isEqualTo(ReferenceSamples.responseShape(page, method));
    }

    static ReferenceSamples.Shape shape(HttpResponse<String> response) {
        return ReferenceSamples.Shape.of(response.body());
    }
}
