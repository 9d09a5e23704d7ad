package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationState;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A contact invites the application to a messaging conversation and the application accepts, with the events of
 * "Receive an IM"; the event channel's switches answer {@code resync} and cut an answer in the middle.
 */
class IncomingInvitationsTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aContactInvitesTheApplicationWhichAccepts(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        Application application = wire.application();
        String events = application.eventsLink().orElseThrow().href();
        String start = channel(wire, events).next().orElseThrow().href();

        String conversation = simulator.incoming().inviteToMessaging("sip:bob@contoso.com", "Lunch?");
        simulator.faults().eventChannel().resync(1);
        EventChannelResponse resync = channel(wire, start);
        assertThat(resync.senders()).isEmpty();
        assertThat(resync.resync()).map(Link::href).hasValue(start);
        assertThat(simulator.faults().eventChannel().resyncsPending()).isZero();

        EventChannelResponse invited = channel(wire, resync.resync().orElseThrow().href());
        assertThat(happened(invited)).containsExactly("communication:started:messagingInvitation",
                "communication:added:conversation");
        GenericResource invitation = invited.senders().get(0).events().get(0)
                .resource(GenericResource.class).orElseThrow();
        assertThat(invitation.unknownMembers().properties().get("direction"))
                .isEqualTo(new PropertyValue.Text("Incoming"));
        String accept = Wire.link(invitation, "accept");
        assertThat(Wire.link(invitation, "conversation")).isEqualTo(conversation);

        HttpResponse<String> accepted = wire.post(accept, wire.mediaType(), "");
        assertThat(accepted.statusCode()).isEqualTo(204);
        EventChannelResponse connected = channel(wire, invited.next().orElseThrow().href());
        assertThat(happened(connected)).containsExactly("conversation:added:localParticipant",
                "communication:updated:conversation", "conversation:added:participant",
                "conversation:added:participantMessaging", "conversation:updated:messaging",
                "communication:completed:messagingInvitation");
        assertThat(wire.read(wire.get(conversation), Conversation.class).state())
                .isEqualTo(ConversationState.CONNECTED);

        simulator.remote().sendMessage(conversation, "sip:bob@contoso.com", "Noon?");
        simulator.faults().eventChannel().cutResponses(1);
        String next = connected.next().orElseThrow().href();
        assertThatThrownBy(() -> wire.get(next + "&timeout=0")).hasMessageContaining("content-length");
        assertThat(simulator.faults().eventChannel().cutsPending()).isZero();
        assertThat(happened(channel(wire, next))).containsExactly("conversation:completed:message");
    }

    private static List<String> happened(EventChannelResponse response) {
        return response.senders().stream()
                .flatMap(sender -> sender.events().stream().map((Event event) -> sender.rel() + ":"
                        + event.type().value() + ":" + event.link().rel()))
                .collect(Collectors.toList());
    }

    private static EventChannelResponse channel(Wire wire, String href) {
        return new EventChannelCodec(Wire.CODEC).read(wire.get(href + "&timeout=0").body(), wire.format);
    }
}
