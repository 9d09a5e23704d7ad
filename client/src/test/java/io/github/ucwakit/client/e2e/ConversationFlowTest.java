package io.github.ucwakit.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.AddParticipantInput;
import io.github.ucwakit.api.AddParticipantOperations;
import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Communication;
import io.github.ucwakit.api.CommunicationLinks;
import io.github.ucwakit.api.Contact;
import io.github.ucwakit.api.ContactLinks;
import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationLinks;
import io.github.ucwakit.api.ConversationOperations;
import io.github.ucwakit.api.ErrorEntries;
import io.github.ucwakit.api.InvitationState;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.api.MeLinks;
import io.github.ucwakit.api.MyContacts;
import io.github.ucwakit.api.MyContactsLinks;
import io.github.ucwakit.api.ParticipantInvitation;
import io.github.ucwakit.api.Participants;
import io.github.ucwakit.api.People;
import io.github.ucwakit.api.PeopleLinks;
import io.github.ucwakit.api.StartMessagingInput;
import io.github.ucwakit.api.StartMessagingOperations;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.client.UcwaResponse;
import io.github.ucwakit.client.errors.UcwaErrorException;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.simulator.UcwaSimulator;
import io.github.ucwakit.simulator.UcwaSimulatorExtension;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A messaging conversation, client against simulator over loopback, the same code in JSON and XML: read me and a
 * contact, start a conversation with the contact, add a participant, read the conversation and its participants,
 * leave.
 */
class ConversationFlowTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void startAConversationAddAParticipantAndLeave(PayloadFormat format) {
        UcwaSimulator simulator = SIMULATOR.simulator();
        UcwaClient client = UcwaClient.builder(simulator.rootUri()).format(format)
                .password(simulator.userName(), simulator.password()).build();

        Application application = client.signIn();
        Me me = client.follow(application.me().orElseThrow(), MeLinks.SELF);
        People people = client.follow(application.people().orElseThrow(), PeopleLinks.SELF);
        MyContacts contacts = client.follow(people, PeopleLinks.MY_CONTACTS);
        List<Contact> everyContact = client.followAll(contacts, MyContactsLinks.CONTACT);
        Link firstContact = contacts.hasContact() ? contacts.contact().get(0).self().orElseThrow()
                : contacts.contactLinks().get(0);
        Contact bob = client.get(firstContact, Contact.class).value();
        Contact bobAgain = client.follow(bob, ContactLinks.SELF);
        assertThat(everyContact).extracting(Contact::uri).contains(bob.uri());
        assertThat(me.uri()).isEqualTo("sip:" + simulator.userName());
        assertThat(bob.uri()).isNotBlank().isEqualTo(bobAgain.uri()).isNotEqualTo(me.uri());

        Communication communication = client.follow(application.communication().orElseThrow(),
                CommunicationLinks.SELF);
        UcwaResponse<GenericResource> started = client.call(StartMessagingOperations.POST,
                communication.startMessagingLink().orElseThrow(),
                StartMessagingInput.builder().to(bob.uri()).subject("Lunch?").operationId("op-1").build());
        GenericResource invitation = client.awaitOperation(started, GenericResource.class);
        assertThat(started.status()).isEqualTo(201);
        assertThat(invitation.rel()).isEqualTo("messagingInvitation");
        assertThat(invitation.unknownMembers().properties().get("state")).isEqualTo(new PropertyValue.Text("Connected"));

        Link conversationLink = invitation.unknownMembers().links().stream()
                .filter(link -> link.rel().equals("conversation")).findFirst().orElseThrow();
        Conversation conversation = client.get(conversationLink, Conversation.class).value();
        assertThat(conversation.subject()).isEqualTo("Lunch?");

        Contact carol = client.get(contacts.hasContact() ? contacts.contact().get(1).self().orElseThrow()
                : contacts.contactLinks().get(1), Contact.class).value();
        AddParticipantInput addCarol = AddParticipantInput.builder().to(carol.uri()).build();
        UcwaResponse<ParticipantInvitation> added = client.call(AddParticipantOperations.POST,
                conversation.addParticipantLink().orElseThrow(), addCarol);
        ParticipantInvitation ended = client.awaitOperation(added, ParticipantInvitation.class);
        assertThat(ended.state()).isEqualTo(InvitationState.CONNECTED);
        assertThatThrownBy(() -> client.call(AddParticipantOperations.POST,
                conversation.addParticipantLink().orElseThrow(), addCarol))
                .isInstanceOfSatisfying(UcwaErrorException.class,
                        e -> assertThat(e.entry()).contains(ErrorEntries.CONFLICT_ALREADY_EXISTS));

        Conversation now = client.follow(conversation, ConversationLinks.SELF);
        Participants participants = client.follow(now, ConversationLinks.PARTICIPANTS);
        assertThat(now.participantCount()).isGreaterThanOrEqualTo(2);
        assertThat(participants.self()).isPresent();

        UcwaResponse<?> left = client.call(ConversationOperations.DELETE, now.self().orElseThrow());
        assertThat(left.status()).isEqualTo(204);
        assertThatThrownBy(() -> client.follow(now, ConversationLinks.SELF))
                .isInstanceOfSatisfying(UcwaErrorException.class, e -> assertThat(e.status()).isEqualTo(410));

        client.signOut();
    }
}
