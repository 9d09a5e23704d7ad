package io.github.ucwakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import io.github.ucwakit.benchmarks.payload.Payloads;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.sample.Communication;
import io.github.ucwakit.sample.Conversation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UcwakitChecksTest {

    private final Payloads payloads = Payloads.load();

    @Test
    void theGeneratedBindingReadsTheValuesTheBaselinesRead() throws Exception {
        UcwaCodec codec = SampleCodec.create();

        Conversation fromJson = UcwakitChecks.conversationJson(codec, payloads.conversationJson(),
                BaselineChecks.conversationJson(payloads.conversationJson()));
        Conversation fromXml = UcwakitChecks.conversationXml(codec, payloads.conversationXml(),
                BaselineChecks.conversationXml(payloads.conversationXml()));

        assertThat(fromJson.participantCount()).isEqualTo(11);
        assertThat(fromXml.participantCount()).isEqualTo(4);
    }

    @Test
    void aDifferingValueFailsTheComparison() throws Exception {
        UcwaCodec codec = SampleCodec.create();
        Conversation conversation = codec.read(payloads.conversationJson(), PayloadFormat.JSON, Conversation.class);
        ConversationRecord record = BaselineChecks.conversationJson(payloads.conversationJson());
        Conversation renamed = conversation.toBuilder().subject("another subject").build();

        assertThat(UcwakitChecks.values(conversation)).isEqualTo(UcwakitChecks.values(record));
        assertThat(UcwakitChecks.values(renamed)).isNotEqualTo(UcwakitChecks.values(record));
    }

    @Test
    void theEventChannelIsReadThroughTheTypedPathAndWritesBackWhole() throws Exception {
        EventChannelCodec codec = new EventChannelCodec(SampleCodec.create());

        EventChannelResponse fromJson = UcwakitChecks.eventsJson(codec, payloads.eventsJson(),
                BaselineChecks.eventsJson(payloads.eventsJson()));
        EventChannelResponse fromXml = UcwakitChecks.eventsXml(codec, payloads.eventsXml(),
                BaselineChecks.eventsXml(payloads.eventsXml()));

        for (EventChannelResponse events : List.of(fromJson, fromXml)) {
            assertThat(events.self()).hasValueSatisfying(
                    self -> assertThat(self.href()).isEqualTo("/ucwa/oauth/v1/applications/102/events?ack=1"));
            assertThat(events.events().get(0).resource(Communication.class)).hasValueSatisfying(
                    communication -> assertThat(communication.startMessagingLink()).isPresent());
        }
    }

    @Test
    void aDifferingEventFailsTheComparison() throws Exception {
        EventChannelCodec codec = new EventChannelCodec(SampleCodec.create());
        EventsRecord record = BaselineChecks.eventsJson(payloads.eventsJson());
        EventChannelResponse events = codec.read(payloads.eventsJson(), PayloadFormat.JSON);
        EventChannelResponse otherType = codec.read(new String(payloads.eventsJson(), StandardCharsets.UTF_8)
                .replace("\"type\": \"added\"", "\"type\": \"deleted\""), PayloadFormat.JSON);

        assertThat(UcwakitChecks.values(events)).isEqualTo(UcwakitChecks.values(record));
        assertThat(UcwakitChecks.values(otherType)).isNotEqualTo(UcwakitChecks.values(record));
    }
}
