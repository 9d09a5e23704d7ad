package io.github.ucwakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.handwritten.EventRecord;
import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import io.github.ucwakit.benchmarks.payload.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class BaselineChecksTest {

    private final Payloads payloads = Payloads.load();

    @Test
    void jsonBaselinesReadTheSeedConversation() throws Exception {
        ConversationRecord conversation = BaselineChecks.conversationJson(payloads.conversationJson());

        assertThat(conversation.subject()).isEqualTo("Skype for Business");
        assertThat(conversation.participantCount()).isEqualTo(11);
        assertThat(conversation.created().toInstant()).isEqualTo(Instant.ofEpochMilli(1474932024822L));
        assertThat(conversation.activeModalities()).containsExactly("Messaging", "Audio", "Video",
                "ApplicationSharing");
        assertThat(conversation.links().userAcknowledged().href())
                .isEqualTo("/ucwa/v1/applications/192/communication/conversations/137/userAcknowledged");
    }

    @Test
    void xmlBaselinesReadTheSeedConversation() throws Exception {
        ConversationRecord conversation = BaselineChecks.conversationXml(payloads.conversationXml());

        assertThat(conversation.participantCount()).isEqualTo(4);
        assertThat(conversation.readLocally()).isFalse();
        assertThat(conversation.created()).isEqualTo(OffsetDateTime.parse("2016-09-26T16:20:24.8356669-07:00"));
        assertThat(conversation.links().self().href())
                .isEqualTo("/ucwa/v1/applications/192/communication/conversations/137");
    }

    @Test
    void eventBaselinesOfBothFormatsReadTheSameEvents() throws Exception {
        EventsRecord fromJson = BaselineChecks.eventsJson(payloads.eventsJson());
        EventsRecord fromXml = BaselineChecks.eventsXml(payloads.eventsXml());

        assertThat(fromXml).isEqualTo(fromJson);
        EventRecord updated = fromJson.sender().get(0).events().get(0);
        assertThat(updated.type()).isEqualTo("updated");
        assertThat(updated.embedded().communication().otherProperties())
                .containsEntry("56de7bbf-1081-43e6-bbf2-1cabf3224c83", "please pass this in a PUT request");
        assertThat(fromJson.sender().get(1).events()).extracting(EventRecord::type)
                .containsExactly("updated", "added", "added", "added");
    }

    @Test
    void aWriteThatDropsAFieldFailsTheCheck() {
        byte[] json = payloads.conversationJson();
        byte[] withoutSubject = new String(json, StandardCharsets.UTF_8)
                .replace("\"subject\" : \"Skype for Business\",", "")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SamePayload.requireJson("a lossy write", json, withoutSubject))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a lossy write lost or changed content");
    }

    @Test
    void anXmlWriteThatChangesAValueFailsTheCheck() {
        byte[] xml = payloads.conversationXml();
        byte[] changed = new String(xml, StandardCharsets.UTF_8)
                .replace(">Disconnected<", ">Connected<")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SamePayload.requireXml("a wrong write", xml, changed))
                .isInstanceOf(IllegalStateException.class);
    }
}
