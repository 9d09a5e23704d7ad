package io.github.ucwakit.runtime;

import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSameJson;
import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSimilarXml;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.testmodel.Modality;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestConversationBinding;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import io.github.ucwakit.runtime.xml.XmlFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed page's conversation samples, read with every value checked and written back. */
class SeedConversationTest {

    private static final String BASE = "/ucwa/v1/applications/192/communication/conversations/137";
    private static final TestConversationBinding BINDING = TestConversationBinding.INSTANCE;

    private final JsonFormat json = new JsonFormat();
    private final XmlFormat xml = new XmlFormat();

    @Test
    void readsEveryValueOfTheJsonSample() {
        TestConversation conversation = json.read(Fixtures.text(Fixtures.SEED_JSON), BINDING::read);

        assertThat(conversation.self()).contains(Link.of("self", BASE));
        assertThat(conversation.activeModalities()).containsExactly(Modality.MESSAGING, Modality.AUDIO,
                Modality.VIDEO, Modality.of("ApplicationSharing"));
        assertThat(conversation.activeModalities().get(3).isKnown()).isFalse();
        assertThat(conversation.created()).isEqualTo(UcwaDateTime.parseJson("/Date(1474932024822)/"));
        assertThat(conversation.created().toInstant().toEpochMilli()).isEqualTo(1474932024822L);
        assertThat(conversation.expirationTime().toInstant().toEpochMilli()).isEqualTo(1326337402743L);
        assertThat(conversation.importance()).isEqualTo("Normal");
        assertThat(conversation.participantCount()).isEqualTo(11);
        assertThat(conversation.readLocally()).isFalse();
        assertThat(conversation.recording()).isFalse();
        assertThat(conversation.state()).isEqualTo("Disconnected");
        assertThat(conversation.subject()).isEqualTo("Skype for Business");
        assertThat(conversation.threadId()).isEqualTo("534e445ee854436a8abe02c24985f78a");
        assertThat(conversation.sequenceNumber()).isNull();
        assertThat(conversation.unknownMembers().properties()).containsExactly(
                entry("audienceMessaging", "Enabled"), entry("audienceMute", "Unknown"));
        assertKnownLinks(conversation);
        assertThat(conversation.unknownMembers().linkGroups()).allSatisfy(group -> assertThat(group.array()).isFalse());
        assertThat(conversation.participants()).isNull();
        assertThat(conversation.messaging()).isNull();
    }

    @Test
    void readsEveryValueOfTheXmlSample() {
        TestConversation conversation = xml.read(Fixtures.text(Fixtures.SEED_XML), BINDING::read);

        assertThat(conversation.self()).contains(Link.of("self", BASE));
        assertThat(conversation.activeModalities()).extracting(Modality::value)
                .containsExactly("Messaging", "Audio", "Video", "ApplicationSharing");
        assertThat(conversation.created().toIsoString()).isEqualTo("2016-09-26T16:20:24.8356669-07:00");
        assertThat(conversation.expirationTime().toIsoString()).isEqualTo("2012-01-11T19:03:22.7433336-08:00");
        assertThat(conversation.importance()).isEqualTo("Normal");
        assertThat(conversation.participantCount()).isEqualTo(4);
        assertThat(conversation.readLocally()).isFalse();
        assertThat(conversation.recording()).isFalse();
        assertThat(conversation.state()).isEqualTo("Disconnected");
        assertThat(conversation.subject()).isEqualTo("Skype for Business");
        assertThat(conversation.threadId()).isEqualTo("534e445ee854436a8abe02c24985f78a");
        assertThat(conversation.unknownMembers().properties()).containsExactly(
                entry("audienceMessaging", "Enabled"), entry("audienceMute", "Unknown"));
        assertKnownLinks(conversation);
    }

    @Test
    void writesTheJsonSampleBack() {
        String sample = Fixtures.text(Fixtures.SEED_JSON);
        TestConversation conversation = json.read(sample, BINDING::read);

        assertSameJson(json.writeToString(writer -> BINDING.write(conversation, writer)), sample);
    }

    @Test
    void writesTheXmlSampleBack() {
        String sample = Fixtures.text(Fixtures.SEED_XML);
        TestConversation conversation = xml.read(sample, BINDING::read);

        assertSimilarXml(xml.writeToString(writer -> BINDING.write(conversation, writer)), sample);
    }

    @Test
    void jsonToXmlToJsonKeepsEveryValue() {
        String sample = Fixtures.text(Fixtures.SEED_JSON);
        TestConversation fromJson = json.read(sample, BINDING::read);

        String asXml = xml.writeToString(writer -> BINDING.write(fromJson, writer));
        TestConversation fromXml = xml.read(asXml, BINDING::read);
        String backToJson = json.writeToString(writer -> BINDING.write(fromXml, writer));

        assertThat(fromXml).isEqualTo(fromJson);
        assertThat(fromXml.created().toIsoString()).isEqualTo("2016-09-26T23:20:24.822Z");
        assertSameJson(backToJson, sample);
    }

    @Test
    void xmlToJsonDropsTheRelPropertyAndKeepsTheRel() {
        TestConversation fromXml = xml.read(Fixtures.text(Fixtures.SEED_XML), BINDING::read);

        String asJson = json.writeToString(writer -> BINDING.write(fromXml, writer));

        assertThat(asJson).startsWith("{\"rel\":\"conversation\",");
        assertThat(asJson.indexOf("\"rel\"")).isEqualTo(asJson.lastIndexOf("\"rel\""));
        assertThat(json.read(asJson, BINDING::read).created().toJsonString()).isEqualTo("/Date(1474932024835)/");
    }

    private static void assertKnownLinks(TestConversation conversation) {
        assertThat(conversation.participantsLink()).isEqualTo(Link.of("participants", BASE + "/participants"));
        assertThat(conversation.messagingLink()).isEqualTo(Link.of("messaging", BASE + "/messaging"));
        assertThat(conversation.participantLinks()).isNull();
        assertThat(conversation.unknownMembers().links()).containsExactly(
                Link.of("addParticipant", BASE + "/addParticipant"),
                Link.of("applicationSharing", BASE + "/applicationSharing"),
                Link.of("attendees", BASE + "/attendees"),
                Link.of("audioVideo", BASE + "/audioVideo"),
                Link.of("dataCollaboration", BASE + "/dataCollaboration"),
                Link.of("disableAudienceMessaging", BASE + "/messaging/disableAudienceMessaging"),
                Link.of("disableAudienceMuteLock", BASE + "/disableAudienceMuteLock"),
                Link.of("enableAudienceMessaging", BASE + "/messaging/enableAudienceMessaging"),
                Link.of("enableAudienceMuteLock", BASE + "/enableAudienceMuteLock"),
                Link.of("leaders", BASE + "/leaders"),
                Link.of("lobby", BASE + "/lobby"),
                Link.of("localParticipant", BASE + "/onlineMeeting/295"),
                Link.of("onlineMeeting", BASE + "/onlineMeeting"),
                Link.of("phoneAudio", "/ucwa/v1/applications/192/communication/phoneAudio"),
                Link.of("userAcknowledged", BASE + "/userAcknowledged"));
    }

    private static Map.Entry<String, PropertyValue> entry(String name, String text) {
        return Map.entry(name, new PropertyValue.Text(text));
    }
}
