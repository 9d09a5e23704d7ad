package io.github.ucwakit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.AddParticipantInput;
import io.github.ucwakit.api.AddParticipantOperations;
import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Communication;
import io.github.ucwakit.api.CommunicationOperations;
import io.github.ucwakit.api.ConversationOperations;
import io.github.ucwakit.api.ErrorEntries;
import io.github.ucwakit.api.InvitationState;
import io.github.ucwakit.api.ParticipantInvitation;
import io.github.ucwakit.client.errors.PreconditionFailedException;
import io.github.ucwakit.client.errors.UcwaErrorException;
import io.github.ucwakit.client.operations.OperationPolling;
import io.github.ucwakit.client.testing.FakeServer.Recorded;
import io.github.ucwakit.client.testing.FakeServer.Reply;
import io.github.ucwakit.client.testing.SignedIn;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Operations with the generated classes, the same code in JSON and XML, against a fake server. */
class OperationsTest {

    private static final String COMMUNICATION = "/ucwa/oauth/v1/applications/105/communication";
    private static final String ADD = "/ucwa/oauth/v1/applications/105/communication/conversations/1/participants";
    private static final String CONVERSATION = "/ucwa/oauth/v1/applications/105/communication/conversations/1";
    private static final String INVITATION = "/ucwa/oauth/v1/applications/105/communication/participantInvitations/7";

    private static Reply error(PayloadFormat format, int status, UcwaError error) {
        String body = ErrorBodies.writeToString(error, format);
        return format == PayloadFormat.JSON ? Reply.json(status, body) : Reply.xml(status, body);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aPostSendsItsInputAndAFailureIsMatchedToItsTable(PayloadFormat format) throws Exception {
        try (SignedIn s = SignedIn.start(format, b -> b)) {
            AtomicInteger calls = new AtomicInteger();
            s.server().on(ADD, s.ucwa().authorized(request -> calls.incrementAndGet() == 1
                    ? Reply.status(201).header("Location", INVITATION)
                    : error(format, 409, UcwaError.builder("Conflict").subcode("AlreadyExists").build())));
            Link add = Link.of("addParticipant", ADD);
            AddParticipantInput input = AddParticipantInput.builder().to("sip:john@contoso.com").build();

            UcwaResponse<ParticipantInvitation> created = s.client().call(AddParticipantOperations.POST, add, input);

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.location()).contains(s.ucwa().uri(INVITATION));
            Recorded post = s.server().requests(ADD).get(0);
            assertThat(post.header("Content-Type")).isEqualTo(format == PayloadFormat.JSON ? "application/json"
                    : "application/xml");
            assertThat(post.body()).contains("sip:john@contoso.com");
            assertThatThrownBy(() -> s.client().call(AddParticipantOperations.POST, add, input))
                    .isInstanceOfSatisfying(UcwaErrorException.class,
                            e -> assertThat(e.entry()).contains(ErrorEntries.CONFLICT_ALREADY_EXISTS));
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void getChangePutSendsTheEtagAndKeepsUnknownProperties(PayloadFormat format) throws Exception {
        try (SignedIn s = SignedIn.start(format, b -> b)) {
            Application application = s.client().application();
            Communication embedded = application.communication().orElseThrow();
            s.server().on(COMMUNICATION, s.ucwa().authorized(request -> request.method().equals("GET")
                    ? s.ucwa().body(200, embedded).header("ETag", "\"3140562359\"")
                    : "\"3140562359\"".equals(request.header("If-Match")) ? Reply.status(204)
                    : error(format, 412, UcwaError.builder("PreconditionFailed").build())));

            Tagged<Communication> read = s.client().get(Link.of("communication", COMMUNICATION), Communication.class);
            Tagged<Communication> changed = read.map(c -> c.toBuilder().phoneNumber("tel:+15550100").build());
            UcwaResponse<?> put = s.client().put(CommunicationOperations.PUT, changed);

            assertThat(put.status()).isEqualTo(204);
            Recorded sent = s.server().requests(COMMUNICATION).get(1);
            assertThat(sent.method()).isEqualTo("PUT");
            assertThat(sent.header("If-Match")).isEqualTo("\"3140562359\"");
            Communication body = UcwaCodec.create().read(sent.body(), format, Communication.class);
            assertThat(body.phoneNumber()).isEqualTo("tel:+15550100");
            assertThat(body.unknownMembers().properties()).containsEntry("4d221db7-4af0-476b-9443-8bc874283085",
                    new PropertyValue.Text("please pass this in a PUT request"));

            Tagged<Communication> stale = Tagged.of(changed.value(), "\"1\"");
            assertThatThrownBy(() -> s.client().put(CommunicationOperations.PUT, stale))
                    .isInstanceOfSatisfying(PreconditionFailedException.class,
                            e -> assertThat(e.sentEtag()).contains("\"1\""));
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void theEtagOfAnEmbeddedResourceComesFromItsBody(PayloadFormat format) throws Exception {
        try (SignedIn s = SignedIn.start(format, b -> b)) {
            Tagged<Communication> embedded = Tagged.read(s.client().application().communication().orElseThrow(), null);

            assertThat(embedded.etag()).contains("3140562359");
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aDeleteAnswers204(PayloadFormat format) throws Exception {
        try (SignedIn s = SignedIn.start(format, b -> b)) {
            s.server().on(CONVERSATION, s.ucwa().authorized(request -> Reply.status(204)));

            UcwaResponse<?> deleted = s.client().call(ConversationOperations.DELETE, Link.of("self", CONVERSATION));

            assertThat(deleted.status()).isEqualTo(204);
            assertThat(deleted.body()).isEmpty();
            assertThat(s.server().requests(CONVERSATION).get(0).method()).isEqualTo("DELETE");
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void anOperationIsFollowedToItsEnd(PayloadFormat format) throws Exception {
        OperationPolling quick = new OperationPolling(Set.of("Connecting"), Duration.ofMillis(10),
                Duration.ofMillis(20), Duration.ofSeconds(5));
        try (SignedIn s = SignedIn.start(format, b -> b.operationPolling(quick))) {
            AtomicInteger reads = new AtomicInteger();
            s.server().on(ADD, s.ucwa().authorized(request -> Reply.status(202).header("Location", INVITATION)));
            s.server().on(INVITATION, s.ucwa().authorized(request -> s.ucwa().body(200, ParticipantInvitation.builder()
                    .self(Link.of("self", INVITATION))
                    .state(reads.incrementAndGet() < 3 ? InvitationState.CONNECTING : InvitationState.CONNECTED)
                    .build())));

            UcwaResponse<ParticipantInvitation> started = s.client().call(AddParticipantOperations.POST,
                    Link.of("addParticipant", ADD), AddParticipantInput.builder().to("sip:john@contoso.com").build());
            ParticipantInvitation ended = s.client().awaitOperation(started, ParticipantInvitation.class);

            assertThat(started.status()).isEqualTo(202);
            assertThat(ended.state()).isEqualTo(InvitationState.CONNECTED);
            assertThat(s.server().requests(INVITATION)).hasSize(3);
        }
    }
}
