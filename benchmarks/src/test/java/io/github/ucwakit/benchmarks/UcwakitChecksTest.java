package io.github.ucwakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.payload.Payloads;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaCodec;
import io.github.ucwakit.sample.Conversation;
import java.util.List;
import org.junit.jupiter.api.Test;

class UcwakitChecksTest {

    private final Payloads payloads = Payloads.load();

    @Test
    void theGeneratedBindingReadsTheValuesTheBaselinesRead() throws Exception {
        UcwaCodec codec = UcwaCodec.create();

        Conversation fromJson = UcwakitChecks.conversationJson(codec, payloads.conversationJson(),
                BaselineChecks.conversationJson(payloads.conversationJson()));
        Conversation fromXml = UcwakitChecks.conversationXml(codec, payloads.conversationXml(),
                BaselineChecks.conversationXml(payloads.conversationXml()));

        assertThat(fromJson.participantCount()).isEqualTo(11);
        assertThat(fromXml.participantCount()).isEqualTo(4);
    }

    @Test
    void aDifferingValueFailsTheComparison() throws Exception {
        UcwaCodec codec = UcwaCodec.create();
        Conversation conversation = codec.read(payloads.conversationJson(), PayloadFormat.JSON, Conversation.class);
        ConversationRecord record = BaselineChecks.conversationJson(payloads.conversationJson());
        Conversation renamed = conversation.toBuilder().subject("another subject").build();

        assertThat(UcwakitChecks.values(conversation)).isEqualTo(UcwakitChecks.values(record));
        assertThat(UcwakitChecks.values(renamed)).isNotEqualTo(UcwakitChecks.values(record));
    }

    @Test
    void theEventChannelJsonIsReadAsAGenericResourceThatWritesBackWhole() {
        GenericResource events = UcwakitChecks.eventsJson(UcwaCodec.of(List.of()), payloads.eventsJson());

        assertThat(events.unknownMembers().properties()).containsKey("sender");
        assertThat(events.self()).hasValueSatisfying(
                self -> assertThat(self.href()).isEqualTo("/ucwa/oauth/v1/applications/102/events?ack=1"));
    }
}
