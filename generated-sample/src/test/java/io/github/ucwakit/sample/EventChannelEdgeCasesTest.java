package io.github.ucwakit.sample;

import static io.github.ucwakit.sample.Payloads.assertJsonEquals;
import static io.github.ucwakit.sample.Payloads.assertXmlSimilar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.events.EventType;
import org.junit.jupiter.api.Test;

/**
 * What the reference describes but shows no sample of: operation events with a status and a reason, the
 * {@code in} link, resume and resync links; and what it promises may come: unknown event types and members.
 */
class EventChannelEdgeCasesTest {

    private static final String JSON = """
            {
              "_links": {"self": {"href": "/events?ack=7"}, "resume": {"href": "/events?ack=8"}},
              "sender": [{
                "rel": "conversation",
                "href": "/conversations/1",
                "priority": 3,
                "events": [{
                  "link": {"rel": "addParticipant", "href": "/conversations/1/addParticipant"},
                  "in": {"rel": "participants", "href": "/conversations/1/participants", "title": "All"},
                  "status": "Failure",
                  "reason": {"code": "Conflict", "subcode": "SomethingNew", "message": "Try later.",
                             "debugInfo": {"server": "fe1"}},
                  "type": "completed"
                }, {
                  "link": {"rel": "participant", "href": "/conversations/1/participants/9"},
                  "type": "teleported",
                  "sequence": 12,
                  "tags": ["a", "b"]
                }]
              }],
              "aggregation": {"medium": 300}
            }""";

    private static final String XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <events href="/events?ack=7" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
              <link rel="resume" href="/events?ack=8"/>
              <sender rel="conversation" href="/conversations/1" priority="3">
                <completed rel="addParticipant" href="/conversations/1/addParticipant" status="Failure">
                  <in rel="participants" href="/conversations/1/participants" title="All"/>
                  <reason>
                    <code>Conflict</code>
                    <subcode>SomethingNew</subcode>
                    <message>Try later.</message>
                    <debugInfo><property name="server">fe1</property></debugInfo>
                  </reason>
                </completed>
                <teleported rel="participant" href="/conversations/1/participants/9" sequence="12"/>
              </sender>
            </events>""";

    private final EventChannelCodec events = new EventChannelCodec(UcwaCodec.create());

    @Test
    void jsonKeepsStatusReasonInLinkUnknownTypesAndMembers() {
        EventChannelResponse response = events.read(JSON, PayloadFormat.JSON);
        assertTypedValues(response);
        Event unknown = response.events().get(1);
        assertThat(unknown.unknownMembers()).containsEntry("sequence", new PropertyValue.Number("12"));
        assertThat(unknown.unknownMembers()).containsKey("tags");
        assertThat(response.unknownMembers()).containsKey("aggregation");
        assertThat(response.senders().get(0).unknownMembers()).containsEntry("priority", new PropertyValue.Number("3"));
        assertJsonEquals(JSON, events.writeToString(response, PayloadFormat.JSON));
    }

    @Test
    void xmlKeepsStatusReasonInLinkUnknownTypesAndAttributes() {
        EventChannelResponse response = events.read(XML, PayloadFormat.XML);
        assertTypedValues(response);
        assertThat(response.events().get(1).unknownMembers()).containsEntry("sequence", new PropertyValue.Text("12"));
        assertXmlSimilar(XML, events.writeToString(response, PayloadFormat.XML));
    }

    @Test
    void bothFormatsReadTheSameEvents() {
        EventChannelResponse json = events.read(JSON, PayloadFormat.JSON);
        EventChannelResponse xml = events.read(XML, PayloadFormat.XML);
        assertThat(xml.events().get(0)).isEqualTo(json.events().get(0));
        assertThat(events.read(events.writeToString(json, PayloadFormat.XML), PayloadFormat.XML).events().get(0))
                .isEqualTo(json.events().get(0));
    }

    @Test
    void aResyncResponseHasOnlyTheResyncLink() {
        String json = "{\"_links\":{\"resync\":{\"href\":\"/events?ack=3\"}}}";
        EventChannelResponse response = events.read(json, PayloadFormat.JSON);
        assertThat(response.resync().orElseThrow().href()).isEqualTo("/events?ack=3");
        assertThat(response.continuation()).isEqualTo(response.resync());
        assertThat(response.next()).isEmpty();
        assertThat(response.senders()).isEmpty();
        EventChannelResponse xml = events.read("<events xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">"
                + "<link rel=\"resync\" href=\"/events?ack=3\"/></events>", PayloadFormat.XML);
        assertThat(xml.continuation()).isEqualTo(response.resync());
    }

    @Test
    void anEventWithoutALinkIsRefusedWithItsLocation() {
        String json = "{\"sender\":[{\"rel\":\"me\",\"events\":[{\"type\":\"added\"}]}]}";
        assertThatThrownBy(() -> events.read(json, PayloadFormat.JSON))
                .isInstanceOf(UcwaPayloadException.class)
                .hasMessageContaining("$.sender[0].events[0]")
                .hasMessageContaining("link");
    }

    private static void assertTypedValues(EventChannelResponse response) {
        assertThat(response.resume().orElseThrow().href()).isEqualTo("/events?ack=8");
        assertThat(response.next()).isEmpty();
        assertThat(response.continuation()).isEqualTo(response.resume());
        Event completed = response.events().get(0);
        assertThat(completed.type()).isEqualTo(EventType.COMPLETED);
        assertThat(completed.status()).contains("Failure");
        assertThat(completed.in().orElseThrow().title()).contains("All");
        assertThat(completed.reason().orElseThrow().subcode()).contains("SomethingNew");
        assertThat(completed.reason().orElseThrow().debugInfo()).containsEntry("server", new PropertyValue.Text("fe1"));
        assertThat(AddParticipantOperations.POST.errors().match(completed.reason().orElseThrow())).isEmpty();
        Event unknown = response.events().get(1);
        assertThat(unknown.type().value()).isEqualTo("teleported");
        assertThat(unknown.type().isKnown()).isFalse();
    }
}
