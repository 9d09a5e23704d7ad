package io.github.ucwakit.client.events;

import static io.github.ucwakit.client.events.EventChannelTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationEvents;
import io.github.ucwakit.api.StartMessagingInput;
import io.github.ucwakit.api.StartMessagingOperations;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.simulator.UcwaSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The event loop against the simulator, in JSON and XML: starting a messaging conversation makes the simulator send
 * the events "Send an IM" shows, and the typed listeners receive them in order.
 */
class SimulatorEventsTest {

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void startingAConversationDeliversItsEventsTypedAndInOrder(PayloadFormat format) throws Exception {
        try (UcwaSimulator simulator = UcwaSimulator.builder().longestPoll(Duration.ofSeconds(2)).build().start()) {
            UcwaClient client = UcwaClient.builder(simulator.rootUri()).format(format)
                    .password(simulator.userName(), simulator.password()).build();
            Application application = client.signIn();
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            List<DeliveredEvent<Conversation>> added = Collections.synchronizedList(new ArrayList<>());
            try (EventChannel events = client.events(EventChannelSettings.builder()
                    .timeout(Duration.ofSeconds(180)).build())) {
                events.on(ConversationEvents.ADDED, Conversation.class, added::add);
                events.onSender("communication", event -> {
                    if (event.link().rel().equals("messagingInvitation")) {
                        // no reference page describes it: the embedded resource is a GenericResource
                        seen.add("invitation " + event.type() + " " + event.resource()
                                .map(r -> r.unknownMembers().properties().get("state"))
                                .map(state -> ((PropertyValue.Text) state).value())
                                .orElse("?"));
                    }
                });
                events.on(ConversationEvents.ADDED, Conversation.class, conversation -> seen.add("conversation added"));
                events.start();
                Link startMessaging = application.communication().orElseThrow().startMessagingLink().orElseThrow();
                client.call(StartMessagingOperations.POST, startMessaging, StartMessagingInput.builder()
                        .to("sip:bob@contoso.com").subject("Status").operationId("op-1").build());
                await(() -> seen.size() >= 3, "the invitation started, the conversation, the invitation completed");
            }
            assertThat(seen).containsExactly("invitation started Connecting", "conversation added",
                    "invitation completed Connected");
            DeliveredEvent<Conversation> conversation = added.get(0);
            assertThat(conversation.resource().orElseThrow().subject()).isEqualTo("Status");
            assertThat(conversation.embedded() || conversation.fetched()).isTrue();
            assertThat(conversation.sender().rel()).isEqualTo("communication");
        }
    }
}
