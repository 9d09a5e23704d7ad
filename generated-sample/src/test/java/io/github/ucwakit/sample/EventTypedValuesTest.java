package io.github.ucwakit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.events.EventType;
import org.junit.jupiter.api.Test;

/** The embedded resources of the two event pages' samples arrive as their generated classes with typed values. */
class EventTypedValuesTest {

    private static final String GUID = "56de7bbf-1081-43e6-bbf2-1cabf3224c83";

    private final EventChannelCodec events = new EventChannelCodec(UcwaCodec.create());

    @Test
    void eventsInUcwaEmbedsALocalParticipantAndTheMessagingModality() {
        String body = EventSamples.body(ReferencePage.load("EventsInUCWA.md").sampleAt(45, "\"sender\""));
        EventChannelResponse response = events.read(body, PayloadFormat.JSON);

        assertThat(response.self().orElseThrow().href()).isEqualTo("/ucwa/oauth/v1/applications/102/events?ack=2");
        assertThat(response.next().orElseThrow().href()).isEqualTo("/ucwa/oauth/v1/applications/102/events?ack=3");
        assertThat(response.senders()).extracting(s -> s.rel()).containsExactly("communication", "conversation");
        Event added = response.senders().get(1).events().get(0);
        assertThat(added.type()).isEqualTo(EventType.ADDED);
        assertThat(added.link().rel()).isEqualTo("localParticipant");
        assertThat(added.link().title()).contains("John Doe");
        assertThat(added.embeddedKey()).contains("localParticipant");
        Participant participant = added.resource(Participant.class).orElseThrow();
        assertThat(participant.name()).isEqualTo("John Doe");
        assertThat(participant.anonymous()).isFalse();
        assertThat(participant.uri()).isEqualTo("sip:johndoe@contoso.com");
        assertThat(participant.sourceNetwork()).isEqualTo("SameEnterprise");
        assertThat(participant.meLink().orElseThrow().href()).isEqualTo("/ucwa/oauth/v1/applications/102/me");

        Event updated = response.senders().get(1).events().get(1);
        assertThat(updated.type()).isEqualTo(EventType.UPDATED);
        assertThat(updated.resource(Messaging.class).orElseThrow().state()).isEqualTo("Connecting");
    }

    @Test
    void eventChannelDetailsEmbedsTheCommunicationResourceInBothFormats() {
        ReferencePage page = ReferencePage.load("EventChannelDetails.md");
        EventChannelResponse json = events.read(page.sampleAt(73, "\"sender\"").body(), PayloadFormat.JSON);
        EventChannelResponse xml = events.read(page.sampleAt(160, "<events").body(), PayloadFormat.XML);

        for (EventChannelResponse response : new EventChannelResponse[] {json, xml}) {
            Communication communication = response.events().get(0).resource(Communication.class).orElseThrow();
            assertThat(communication.supportedModalities()).containsExactly(ModalityType.MESSAGING);
            assertThat(communication.supportedMessageFormats()).containsExactly(MessageFormat.PLAIN);
            assertThat(communication.startMessagingLink().orElseThrow().href())
                    .isEqualTo("/ucwa/oauth/v1/applications/102/communication/messagingInvitations");
            assertThat(communication.unknownMembers().properties())
                    .containsEntry(GUID, new PropertyValue.Text("please pass this in a PUT request"))
                    .containsKey("etag");
            assertThat(response.senders().get(1).events()).extracting(e -> e.type().value() + " " + e.link().rel())
                    .containsExactly("updated me", "added presence", "added note", "added location");
            assertThat(response.senders().get(1).events()).allMatch(e -> e.resource().isEmpty());
        }
        assertThat(xml.self()).isEqualTo(json.self());
        assertThat(xml.next()).isEqualTo(json.next());
        assertThat(xml.events()).extracting(Event::link).isEqualTo(json.events().stream().map(Event::link).toList());
    }

    @Test
    void anEmbeddedResourceOfAnUndescribedRelIsAGenericResourceThatKeepsEverything() {
        String json = "{\"_links\":{\"self\":{\"href\":\"/e?ack=1\"},\"next\":{\"href\":\"/e?ack=2\"}},"
                + "\"sender\":[{\"rel\":\"me\",\"href\":\"/me\",\"events\":[{\"link\":{\"rel\":\"presence\","
                + "\"href\":\"/me/presence\"},\"_embedded\":{\"presence\":{\"rel\":\"presence\",\"availability\":"
                + "\"Online\",\"_links\":{\"self\":{\"href\":\"/me/presence\"}}}},\"type\":\"updated\"}]}]}";
        Event event = events.read(json, PayloadFormat.JSON).events().get(0);
        GenericResource presence = event.resource(GenericResource.class).orElseThrow();
        assertThat(presence.rel()).isEqualTo("presence");
        assertThat(presence.unknownMembers().properties()).containsEntry("availability", new PropertyValue.Text("Online"));
        Payloads.assertJsonEquals(json, events.writeToString(events.read(json, PayloadFormat.JSON), PayloadFormat.JSON));
    }
}
