package io.github.ucwakit.sample;

import static io.github.ucwakit.sample.Payloads.assertJsonEquals;
import static io.github.ucwakit.sample.Payloads.assertXmlSimilar;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The seed page's own GET samples, read into the generated class and written back. */
class ConversationSampleTest {

    private static final SeedPage SEED = SeedPage.load();
    private final UcwaCodec codec = UcwaCodec.create();

    @Test
    void jsonResponseParsesIntoTheConversationClass() {
        Conversation conversation = (Conversation) codec.read(SEED.getJsonResponse(), PayloadFormat.JSON);

        assertThat(conversation.rel()).isEqualTo("conversation");
        assertThat(conversation.activeModalities()).containsExactly(
                ConversationModalityType.MESSAGING,
                ConversationModalityType.AUDIO,
                ConversationModalityType.VIDEO,
                ConversationModalityType.APPLICATION_SHARING);
        assertThat(conversation.audienceMessaging()).isEqualTo(AudienceMessaging.ENABLED);
        assertThat(conversation.audienceMute()).isEqualTo(AudienceMuteLock.UNKNOWN);
        assertThat(conversation.created().toInstant().toEpochMilli()).isEqualTo(1474932024822L);
        assertThat(conversation.expirationTime().toInstant().toEpochMilli()).isEqualTo(1326337402743L);
        assertThat(conversation.importance()).isEqualTo(Importance.NORMAL);
        assertThat(conversation.participantCount()).isEqualTo(11);
        assertThat(conversation.readLocally()).isFalse();
        assertThat(conversation.recording()).isFalse();
        assertThat(conversation.state()).isEqualTo(ConversationState.DISCONNECTED);
        assertThat(conversation.subject()).isEqualTo("Skype for Business");
        assertThat(conversation.threadId()).isEqualTo("534e445ee854436a8abe02c24985f78a");
        assertThat(conversation.unknownMembers().isEmpty()).isTrue();
    }

    @Test
    void xmlResponseParsesIntoTheConversationClass() {
        Conversation conversation = (Conversation) codec.read(SEED.getXmlResponse(), PayloadFormat.XML);

        assertThat(conversation.rel()).isEqualTo("conversation");
        assertThat(conversation.activeModalities()).containsExactly(
                ConversationModalityType.MESSAGING,
                ConversationModalityType.AUDIO,
                ConversationModalityType.VIDEO,
                ConversationModalityType.APPLICATION_SHARING);
        assertThat(conversation.audienceMessaging()).isEqualTo(AudienceMessaging.ENABLED);
        assertThat(conversation.audienceMute()).isEqualTo(AudienceMuteLock.UNKNOWN);
        assertThat(conversation.created().toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2016-09-26T16:20:24.8356669-07:00"));
        assertThat(conversation.created().toIsoString()).isEqualTo("2016-09-26T16:20:24.8356669-07:00");
        assertThat(conversation.expirationTime().toIsoString()).isEqualTo("2012-01-11T19:03:22.7433336-08:00");
        assertThat(conversation.importance()).isEqualTo(Importance.NORMAL);
        assertThat(conversation.participantCount()).isEqualTo(4);
        assertThat(conversation.readLocally()).isFalse();
        assertThat(conversation.recording()).isFalse();
        assertThat(conversation.state()).isEqualTo(ConversationState.DISCONNECTED);
        assertThat(conversation.subject()).isEqualTo("Skype for Business");
        assertThat(conversation.threadId()).isEqualTo("534e445ee854436a8abe02c24985f78a");
        // The XML form repeats the rel as a property: a wire detail, written back but not an unknown member.
        assertThat(conversation.unknownMembers().properties()).isEmpty();
        assertThat(conversation.unknownMembers().isEmpty()).isTrue();
    }

    @Test
    void jsonResponseWrittenBackIsTheSameTree() {
        String json = SEED.getJsonResponse();
        String written = codec.writeToString(codec.read(json, PayloadFormat.JSON), PayloadFormat.JSON);
        assertJsonEquals(json, written);
    }

    @Test
    void xmlResponseWrittenBackIsSimilar() {
        String xml = SEED.getXmlResponse();
        String written = codec.writeToString(codec.read(xml, PayloadFormat.XML), PayloadFormat.XML);
        assertXmlSimilar(xml, written);
    }

    @Test
    void jsonThroughXmlKeepsEveryValueBothFormatsCarry() {
        String json = SEED.getJsonResponse();
        Conversation fromJson = codec.read(json, PayloadFormat.JSON, Conversation.class);
        String xml = codec.writeToString(fromJson, PayloadFormat.XML);
        Conversation fromXml = codec.read(xml, PayloadFormat.XML, Conversation.class);
        String jsonAgain = codec.writeToString(fromXml, PayloadFormat.JSON);

        assertJsonEquals(json, jsonAgain);
        assertThat(fromXml.created().toInstant()).isEqualTo(fromJson.created().toInstant());
        assertThat(fromXml.activeModalities()).isEqualTo(fromJson.activeModalities());
        assertThat(fromXml.participantCount()).isEqualTo(fromJson.participantCount());
    }

    @Test
    void typedReadAndGenericReadAgree() {
        String json = SEED.getJsonResponse();
        assertThat(codec.read(json, PayloadFormat.JSON, Conversation.class))
                .isEqualTo(codec.read(json, PayloadFormat.JSON));
    }
}
