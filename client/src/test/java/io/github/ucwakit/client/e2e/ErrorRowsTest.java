package io.github.ucwakit.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.AddParticipantInput;
import io.github.ucwakit.api.AddParticipantOperations;
import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.ApplicationOperations;
import io.github.ucwakit.api.ApplicationsOperations;
import io.github.ucwakit.api.Communication;
import io.github.ucwakit.api.CommunicationLinks;
import io.github.ucwakit.api.CommunicationOperations;
import io.github.ucwakit.api.ContactOperations;
import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationOperations;
import io.github.ucwakit.api.MeOperations;
import io.github.ucwakit.api.MyContacts;
import io.github.ucwakit.api.MyContactsOperations;
import io.github.ucwakit.api.People;
import io.github.ucwakit.api.PeopleLinks;
import io.github.ucwakit.api.PeopleOperations;
import io.github.ucwakit.api.StartMessagingInput;
import io.github.ucwakit.api.StartMessagingOperations;
import io.github.ucwakit.client.Tagged;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.client.UcwaResponse;
import io.github.ucwakit.client.errors.PreconditionFailedException;
import io.github.ucwakit.client.http.RetryPolicy;
import io.github.ucwakit.client.errors.UcwaErrorException;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.errors.ErrorEntry;
import io.github.ucwakit.simulator.UcwaSimulator;
import io.github.ucwakit.simulator.UcwaSimulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every error row of the tables of the flow's operations, provoked once through the simulator's {@code failWith}
 * switch and matched to its table entry; its conflict switch (the first 409 row of each table); and the generic
 * errors (412, 428, ParameterValidationFailure, ApplicationNotFound) that come from what the client sends.
 */
class ErrorRowsTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    /** One operation of the flow, called once. */
    private record Call(String name, ErrorCatalog errors, Runnable call) {}

    private static UcwaClient client(UcwaSimulator simulator, PayloadFormat format) {
        return UcwaClient.builder(simulator.rootUri()).format(format)
                .password(simulator.userName(), simulator.password()).build();
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void everyRowOfEveryOperationOfTheFlow(PayloadFormat format) {
        UcwaSimulator simulator = SIMULATOR.simulator();
        UcwaClient signingIn = client(simulator, format);
        simulator.faults().conflict(1);
        UcwaErrorException createFailed = catchError(signingIn::signIn);
        assertThat(createFailed.entry()).isEqualTo(firstConflictRow(ApplicationsOperations.POST.errors()));

        UcwaClient client = UcwaClient.builder(simulator.rootUri()).format(format)
                .password(simulator.userName(), simulator.password()).retryPolicy(RetryPolicy.none()).build();
        Application application = client.signIn();
        People people = client.follow(application.people().orElseThrow(), PeopleLinks.SELF);
        MyContacts contacts = client.follow(people, PeopleLinks.MY_CONTACTS);
        Link contact = contacts.hasContact() ? contacts.contact().get(0).self().orElseThrow()
                : contacts.contactLinks().get(0);
        Communication communication = client.follow(application.communication().orElseThrow(),
                CommunicationLinks.SELF);
        Tagged<Communication> tagged = client.followTagged(communication, CommunicationLinks.SELF);
        String bob = client.get(contact, io.github.ucwakit.api.Contact.class).value().uri();
        UcwaResponse<GenericResource> started = client.call(StartMessagingOperations.POST,
                communication.startMessagingLink().orElseThrow(), StartMessagingInput.builder().to(bob).build());
        GenericResource invitation = client.awaitOperation(started, GenericResource.class);
        Link conversationLink = invitation.unknownMembers().links().stream()
                .filter(link -> link.rel().equals("conversation")).findFirst().orElseThrow();
        Conversation conversation = client.get(conversationLink, Conversation.class).value();
        Link me = application.me().orElseThrow().self().orElseThrow();
        Link self = Link.of("self", application.self().orElseThrow().href());

        List<Call> calls = new ArrayList<>();
        calls.add(new Call("GET me", MeOperations.GET.errors(), () -> client.call(MeOperations.GET, me)));
        calls.add(new Call("GET people", PeopleOperations.GET.errors(),
                () -> client.call(PeopleOperations.GET, people.self().orElseThrow())));
        calls.add(new Call("GET myContacts", MyContactsOperations.GET.errors(),
                () -> client.call(MyContactsOperations.GET, people.myContactsLink().orElseThrow())));
        calls.add(new Call("GET contact", ContactOperations.GET.errors(),
                () -> client.call(ContactOperations.GET, contact)));
        calls.add(new Call("GET communication", CommunicationOperations.GET.errors(),
                () -> client.call(CommunicationOperations.GET, communication.self().orElseThrow())));
        calls.add(new Call("PUT communication", CommunicationOperations.PUT.errors(),
                () -> client.put(CommunicationOperations.PUT, tagged)));
        calls.add(new Call("POST startMessaging", StartMessagingOperations.POST.errors(),
                () -> client.call(StartMessagingOperations.POST, communication.startMessagingLink().orElseThrow(),
                        StartMessagingInput.builder().to(bob).build())));
        calls.add(new Call("GET conversation", ConversationOperations.GET.errors(),
                () -> client.call(ConversationOperations.GET, conversationLink)));
        calls.add(new Call("POST addParticipant", AddParticipantOperations.POST.errors(),
                () -> client.call(AddParticipantOperations.POST, conversation.addParticipantLink().orElseThrow(),
                        AddParticipantInput.builder().to(bob).build())));
        calls.add(new Call("DELETE conversation", ConversationOperations.DELETE.errors(),
                () -> client.call(ConversationOperations.DELETE, conversationLink)));
        calls.add(new Call("GET application", ApplicationOperations.GET.errors(),
                () -> client.call(ApplicationOperations.GET, self)));
        calls.add(new Call("DELETE application", ApplicationOperations.DELETE.errors(),
                () -> client.call(ApplicationOperations.DELETE, self)));

        int provoked = 0;
        for (Call call : calls) {
            for (ErrorEntry row : call.errors().entries()) {
                simulator.faults().failWith(row, 1);
                UcwaErrorException e = catchError(call.call());
                assertThat(e.status()).as(call.name() + " " + row).isEqualTo(row.status());
                assertThat(e.entry()).as(call.name() + " " + row).isEqualTo(sameRow(call.errors(), row));
                assertThat(e.code()).as(call.name()).contains(row.error());
                provoked++;
            }
        }
        System.out.println("provoked every row of the flow's error tables: " + provoked + " rows in " + format);
        assertThat(provoked).isGreaterThan(calls.size());

        for (Call call : calls) {
            simulator.faults().conflict(1);
            UcwaErrorException e = catchError(call.call());
            Optional<ErrorEntry> row = firstConflictRow(call.errors());
            assertThat(e.status()).as(call.name()).isEqualTo(409);
            assertThat(e.entry()).as(call.name()).isEqualTo(row);
            assertThat(e.code()).as(call.name()).contains("Conflict");
            System.out.println("provoked " + call.name() + ": 409 " + e.subcode().orElse("(no subcode)") + " -> "
                    + row.map(ErrorEntry::toString).orElse("no 409 row in its table"));
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void theGenericErrorsOfAPutAndOfAnApplicationGone(PayloadFormat format) {
        UcwaSimulator simulator = SIMULATOR.simulator();
        UcwaClient client = client(simulator, format);
        Application application = client.signIn();
        Tagged<Communication> communication = client.followTagged(application.communication().orElseThrow(),
                CommunicationLinks.SELF);

        simulator.faults().preconditionFailed(1);
        assertThat(catchError(() -> client.put(CommunicationOperations.PUT, communication)))
                .isInstanceOf(PreconditionFailedException.class)
                .satisfies(e -> assertThat(e.genericError().map(g -> g.name())).contains("PreconditionFailed"));

        UcwaErrorException required = catchError(() -> client.put(CommunicationOperations.PUT,
                Tagged.of(communication.value(), null)));
        assertThat(required.status()).isEqualTo(428);
        assertThat(required.genericError().map(g -> g.name())).contains("PreconditionRequired");

        Communication withoutUnknown = communication.value().toBuilder().unknownMembers(UnknownMembers.empty()).build();
        UcwaErrorException invalid = catchError(() -> client.put(CommunicationOperations.PUT,
                communication.with(withoutUnknown)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.genericError().map(g -> g.name())).contains("ParameterValidationFailure");

        Link me = application.me().orElseThrow().self().orElseThrow();
        client.signOut();
        UcwaErrorException gone = catchError(() -> client.call(MeOperations.GET, me));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.genericError().map(g -> g.name())).contains("ApplicationNotFound");
    }

    /** The row a body of {@code row}'s status, code and subcode is matched to: the first such row of the table. */
    private static Optional<ErrorEntry> sameRow(ErrorCatalog errors, ErrorEntry row) {
        return errors.entries().stream().filter(entry -> entry.status() == row.status()
                && entry.error().equals(row.error()) && entry.subcode().equals(row.subcode())).findFirst();
    }

    private static Optional<ErrorEntry> firstConflictRow(ErrorCatalog errors) {
        return errors.entries().stream().filter(entry -> entry.status() == 409).findFirst();
    }

    private static UcwaErrorException catchError(Runnable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(UcwaErrorException.class);
        return (UcwaErrorException) thrown;
    }

    private static UcwaErrorException catchError(java.util.concurrent.Callable<?> call) {
        return catchError(() -> {
            try {
                call.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
