package io.github.ucwakit.client.events;

import static io.github.ucwakit.client.events.EventChannelTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationEvents;
import io.github.ucwakit.api.Message;
import io.github.ucwakit.api.MessageEvents;
import io.github.ucwakit.client.events.DeliveredEvent.Origin;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.events.EventSender;
import io.github.ucwakit.runtime.events.EventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Listeners typed by the generated catalogs receive the generated class, embedded or fetched through the event's
 * link and told which; listeners by resource class and by sender; what no listener takes goes to the catch-all.
 */
class TypedListenersTest {

    private static final UcwaCodec CODEC = UcwaCodec.create();
    private static final String CONVERSATIONS = "/app/communication/conversations/";
    private static final String MESSAGES = CONVERSATIONS + "c2/messaging/messages/";

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void eachListenerReceivesItsEventsTypedEmbeddedOrFetched(PayloadFormat format) throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            server.batch(script()).resource(conversation("c3", "Fetched")).resource(message("m2", "Outgoing"));
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            try (EventChannel channel = Scripts.channel(server, format, Scripts.fast().build())) {
                channel.on(ConversationEvents.ADDED, Conversation.class, added -> seen.add("added "
                        + added.resource().map(Conversation::subject).orElse("?") + " " + added.origin() + " "
                        + added.description().orElseThrow().type()));
                channel.on(ConversationEvents.DELETED, Conversation.class, deleted -> seen.add("deleted "
                        + deleted.link().href() + " " + deleted.origin() + " " + deleted.resource().isPresent()));
                channel.onResource(Message.class, message -> seen.add("message " + message.type() + " "
                        + message.resource().map(m -> m.direction().toString()).orElse("?") + " "
                        + message.origin()));
                channel.onSender(Link.of("conversation", CONVERSATIONS + "c2"), event -> seen.add("from c2 "
                        + event.link().rel()));
                channel.onUnhandled(other -> seen.add("unhandled " + other.type() + " " + other.link().rel() + " "
                        + other.origin()));
                channel.start();
                await(() -> seen.size() >= 11, "11 deliveries");
            }
            assertThat(seen).containsExactly(
                    "added Embedded EMBEDDED added",
                    "added Fetched FETCHED added",
                    "deleted " + CONVERSATIONS + "c4 NONE false",
                    "message completed Incoming EMBEDDED",
                    "from c2 message",
                    "message added Outgoing FETCHED",
                    "from c2 message",
                    "unhandled frobbed gadget NONE",
                    "unhandled frobbed conversation NONE",
                    "from c2 conversation",
                    "unhandled updated conversation EMBEDDED");
            assertThat(server.requests()).filteredOn(r -> r.contains("/conversations/") && !r.contains("events"))
                    .containsExactly("GET " + CONVERSATIONS + "c3", "GET " + MESSAGES + "m2");
        }
    }

    @Test
    void aFetchThatFailsIsToldToTheListenerWhichStillGetsTheEvent() throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            EventSender communication = EventSender.builder(Link.of("communication", "/app/communication"))
                    .addEvent(Event.builder(EventType.ADDED, Link.of("conversation", CONVERSATIONS + "gone")).build())
                    .build();
            server.batch(EventChannelResponse.builder().addSender(communication).build());
            List<DeliveredEvent<Conversation>> seen = Collections.synchronizedList(new ArrayList<>());
            try (EventChannel channel = Scripts.channel(server, PayloadFormat.JSON, Scripts.fast().build())) {
                channel.on(ConversationEvents.ADDED, Conversation.class, seen::add).start();
                await(() -> seen.size() >= 1, "the event");
            }
            DeliveredEvent<Conversation> added = seen.get(0);
            assertThat(added.origin()).isEqualTo(Origin.NONE);
            assertThat(added.resource()).isEmpty();
            assertThat(added.fetchFailure()).hasValueSatisfying(failure -> assertThat(failure).hasMessageContaining("404"));
        }
    }

    @Test
    void aListenerOfTheWrongClassIsRefusedAtRegistration() throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer();
                EventChannel channel = Scripts.channel(server, PayloadFormat.JSON, Scripts.fast().build())) {
            assertThatThrownBy(() -> channel.on(ConversationEvents.ADDED, Message.class, event -> { }))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("io.github.ucwakit.api.Conversation");
            channel.on(MessageEvents.STARTED, UcwaResource.class, event -> { });
        }
    }

    @Test
    void anUntypedListenerOfACatalogEntryGetsTheResourceInTheCodecsClass() throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            EventSender c2 = EventSender.builder(Link.of("conversation", CONVERSATIONS + "c2"))
                    .addEvent(Event.builder(EventType.STARTED, Link.of("message", MESSAGES + "m3")).build())
                    .build();
            server.batch(EventChannelResponse.builder().addSender(c2).build()).resource(message("m3", "Incoming"));
            List<DeliveredEvent<UcwaResource>> seen = Collections.synchronizedList(new ArrayList<>());
            try (EventChannel channel = Scripts.channel(server, PayloadFormat.XML, Scripts.fast().build())) {
                channel.on(MessageEvents.STARTED, UcwaResource.class, seen::add).start();
                await(() -> seen.size() >= 1, "the event");
            }
            assertThat(seen.get(0).fetched()).isTrue();
            assertThat(seen.get(0).resource()).containsInstanceOf(Message.class);
        }
    }

    private static EventChannelResponse script() {
        EventSender communication = EventSender.builder(Link.of("communication", "/app/communication"))
                .addEvent(Event.builder(EventType.ADDED, Link.of("conversation", CONVERSATIONS + "c2"))
                        .resource(conversation("c2", "Embedded")).build())
                .addEvent(Event.builder(EventType.ADDED, Link.of("conversation", CONVERSATIONS + "c3")).build())
                .addEvent(Event.builder(EventType.DELETED, Link.of("conversation", CONVERSATIONS + "c4")).build())
                .build();
        EventSender c2 = EventSender.builder(Link.of("conversation", CONVERSATIONS + "c2"))
                .addEvent(Event.builder(EventType.COMPLETED, Link.of("message", MESSAGES + "m1")).status("Success")
                        .resource(message("m1", "Incoming")).build())
                .addEvent(Event.builder(EventType.ADDED, Link.of("message", MESSAGES + "m2")).build())
                .build();
        EventSender unknown = EventSender.builder(Link.of("communication", "/app/communication"))
                .addEvent(Event.builder(EventType.of("frobbed"), Link.of("gadget", "/app/gadgets/1")).build())
                .addEvent(Event.builder(EventType.of("frobbed"), Link.of("conversation", CONVERSATIONS + "c2")).build())
                .build();
        EventSender c2Again = EventSender.builder(Link.of("conversation", CONVERSATIONS + "c2"))
                .addEvent(Event.builder(EventType.UPDATED, Link.of("conversation", CONVERSATIONS + "c2"))
                        .resource(conversation("c2", "Updated")).build())
                .build();
        EventSender communicationAgain = EventSender.builder(Link.of("communication", "/app/communication"))
                .addEvent(Event.builder(EventType.UPDATED, Link.of("conversation", CONVERSATIONS + "c2"))
                        .resource(conversation("c2", "Updated")).build())
                .build();
        return EventChannelResponse.builder().addSender(communication).addSender(c2).addSender(unknown)
                .addSender(c2Again).addSender(communicationAgain).build();
    }

    private static Conversation conversation(String id, String subject) {
        return CODEC.read("{\"rel\":\"conversation\",\"subject\":\"" + subject + "\",\"state\":\"Connected\","
                + "\"_links\":{\"self\":{\"href\":\"" + CONVERSATIONS + id + "\"}}}", PayloadFormat.JSON,
                Conversation.class);
    }

    private static Message message(String id, String direction) {
        return CODEC.read("{\"rel\":\"message\",\"direction\":\"" + direction + "\",\"_links\":{\"self\":{\"href\":\""
                + MESSAGES + id + "\"},\"plainMessage\":{\"href\":\"data:text/plain;charset=utf-8,Hi\"}}}",
                PayloadFormat.JSON, Message.class);
    }
}
