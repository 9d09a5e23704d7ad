package io.github.ucwakit.client.events;

import static io.github.ucwakit.client.events.EventChannelTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationEvents;
import io.github.ucwakit.client.testing.FakeServer.Recorded;
import io.github.ucwakit.client.testing.FakeServer.Reply;
import io.github.ucwakit.client.testing.FakeUcwa;
import io.github.ucwakit.client.testing.SignedIn;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.events.EventSender;
import io.github.ucwakit.runtime.events.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code UcwaClient.events(...)} after sign-in: the pending GETs go to the application's events link, with the
 * client's token and format, and re-authenticate like every call when the token expired.
 */
class ClientEventsTest {

    private static final String EVENTS = FakeUcwa.APPLICATION + "/events";
    private static final String CONVERSATION = FakeUcwa.APPLICATION + "/communication/conversations/c1";

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void theSignedInClientPollsItsApplicationsEventsLink(PayloadFormat format) throws Exception {
        CountDownLatch closing = new CountDownLatch(1);
        try (SignedIn signedIn = SignedIn.start(format, builder -> builder)) {
            signedIn.server().on(EVENTS, signedIn.ucwa().authorized(request -> answer(request, format, closing)));
            List<DeliveredEvent<Conversation>> added = Collections.synchronizedList(new ArrayList<>());
            signedIn.ucwa().expireTokens();
            EventChannelSettings settings = EventChannelSettings.builder().timeout(Duration.ofSeconds(180)).build();
            try (EventChannel events = signedIn.client().events(settings)) {
                events.on(ConversationEvents.ADDED, Conversation.class, added::add).start();
                await(() -> added.size() >= 1, "the conversation");
                await(() -> signedIn.server().requests(EVENTS).stream().anyMatch(r -> "ack=2".equals(r.query())),
                        "the second pending GET");
                closing.countDown();
            }
            assertThat(added.get(0).embedded()).isTrue();
            assertThat(added.get(0).resource().orElseThrow().subject()).isEqualTo("Hello");
            List<Recorded> polls = signedIn.server().requests(EVENTS);
            assertThat(polls).extracting(Recorded::query)
                    .containsExactly("ack=1&timeout=180", "ack=1&timeout=180", "ack=2");
            assertThat(polls.get(0).header("Authorization")).as("the expired token, refused").isNotNull();
            assertThat(polls.get(1).header("Authorization")).startsWith("Bearer " + FakeUcwa.TOKEN_PREFIX);
            assertThat(polls.get(1).header("Accept")).contains(format == PayloadFormat.JSON ? "json" : "xml");
            assertThat(signedIn.ucwa().tokensIssued()).isEqualTo(2);
        }
    }

    private static Reply answer(Recorded request, PayloadFormat format, CountDownLatch closing) {
        if (!request.query().startsWith("ack=1")) {
            try {
                closing.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.status(503);
        }
        UcwaCodec codec = UcwaCodec.create();
        Conversation conversation = codec.read("{\"rel\":\"conversation\",\"subject\":\"Hello\",\"_links\":{\"self\":"
                + "{\"href\":\"" + CONVERSATION + "\"}}}", PayloadFormat.JSON, Conversation.class);
        EventChannelResponse response = EventChannelResponse.builder()
                .self(Link.of("self", EVENTS + "?ack=1"))
                .link(Link.of("next", EVENTS + "?ack=2"))
                .addSender(EventSender.builder(Link.of("communication", FakeUcwa.APPLICATION + "/communication"))
                        .addEvent(Event.builder(EventType.ADDED, Link.of("conversation", CONVERSATION))
                                .resource(conversation).build())
                        .build())
                .build();
        String body = new EventChannelCodec(codec).writeToString(response, format);
        return format == PayloadFormat.JSON ? Reply.json(200, body) : Reply.xml(200, body);
    }
}
