package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.Conversations;
import io.github.ucwakit.api.Direction;
import io.github.ucwakit.api.Message;
import io.github.ucwakit.api.Participants;
import io.github.ucwakit.api.StartMessagingInput;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.operations.RequestBodies;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A scripted remote participant sends the application a message and leaves, with the events that follow. */
class RemoteParticipantsTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aRemoteParticipantSendsAMessageAndLeaves(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        Application application = wire.application();
        String events = application.eventsLink().orElseThrow().href();
        wire.post(application.communication().orElseThrow().startMessagingLink().orElseThrow().href(),
                wire.mediaType(), RequestBodies.writeToString(StartMessagingInput.builder().to("sip:bob@contoso.com")
                        .build(), format));
        String conversation = wire.read(wire.get(application.communication().orElseThrow().conversationsLink()
                .orElseThrow().href()), Conversations.class).conversationLinks().get(0).href();
        EventChannelResponse before = channel(wire, events);
        String next = before.next().orElseThrow().href();

        String href = simulator.remote().sendMessage(conversation, "sip:bob@contoso.com", "Hi there");
        Message message = wire.read(wire.get(href), Message.class);
        assertThat(message.direction()).isEqualTo(Direction.INCOMING);
        assertThat(message.plainMessageLink().orElseThrow().dataUri().orElseThrow().text()).isEqualTo("Hi there");
        EventChannelResponse received = channel(wire, next);
        assertThat(received.senders()).singleElement().satisfies(sender -> {
            assertThat(sender.rel()).isEqualTo("conversation");
            Event event = sender.events().get(0);
            assertThat(event.type().value()).isEqualTo("completed");
            assertThat(event.resource(Message.class)).hasValue(message);
        });

        simulator.remote().leave(conversation, "bob@contoso.com");
        EventChannelResponse left = channel(wire, received.next().orElseThrow().href());
        List<String> happened = left.senders().stream()
                .flatMap(sender -> sender.events().stream().map(event -> sender.rel() + ":" + event.type().value()
                        + ":" + event.link().rel()))
                .collect(Collectors.toList());
        assertThat(happened).containsExactly("conversation:deleted:participant", "communication:updated:conversation");
        assertThat(wire.read(wire.get(conversation + "/participants"), Participants.class).participantLinks())
                .isEmpty();
        assertThat(wire.read(wire.get(conversation), Conversation.class).participantCount()).isEqualTo(1);
        assertThatThrownBy(() -> simulator.remote().sendMessage(conversation, "bob@contoso.com", "again"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in the conversation");
        assertThatThrownBy(() -> simulator.remote().leave(conversation + "x", "bob@contoso.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no conversation");
    }

    private static EventChannelResponse channel(Wire wire, String href) {
        return new EventChannelCodec(Wire.CODEC).read(wire.get(href + "&timeout=0").body(), wire.format);
    }
}
