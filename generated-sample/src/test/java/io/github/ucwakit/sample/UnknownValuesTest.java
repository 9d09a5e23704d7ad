package io.github.ucwakit.sample;

import static io.github.ucwakit.sample.Payloads.assertJsonEquals;
import static io.github.ucwakit.sample.Payloads.assertXmlSimilar;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import org.junit.jupiter.api.Test;

/**
 * What this client does not know survives a round trip: a property the descriptor does not describe (UCWA sends
 * one that must come back in a PUT) and enumeration values added after the descriptor was written.
 */
class UnknownValuesTest {

    private static final SeedPage SEED = SeedPage.load();
    private static final String GUID = "e5f1b2c3d4";
    private static final String PLEASE = "please pass this in a PUT request";

    private final UcwaCodec codec = UcwaCodec.create();

    @Test
    void jsonKeepsUnknownPropertyAndEnumerationValues() {
        String json = replace(SEED.getJsonResponse(), "\"state\" : \"Disconnected\"", "\"state\" : \"OnHold\"");
        json = replace(json, "\"Video\",", "\"Hologram\",");
        json = replace(json, "\"subject\" :", "\"" + GUID + "\" : \"" + PLEASE + "\",\n  \"subject\" :");

        Conversation conversation = codec.read(json, PayloadFormat.JSON, Conversation.class);

        assertUnknownsKept(conversation);
        assertJsonEquals(json, codec.writeToString(conversation, PayloadFormat.JSON));
    }

    @Test
    void xmlKeepsUnknownPropertyAndEnumerationValues() {
        String xml = replace(SEED.getXmlResponse(), ">Disconnected<", ">OnHold<");
        xml = replace(xml, "<item>Video</item>", "<item>Hologram</item>");
        xml = replace(xml, "<property name=\"subject\">",
                "<property name=\"" + GUID + "\">" + PLEASE + "</property>\n  <property name=\"subject\">");

        Conversation conversation = codec.read(xml, PayloadFormat.XML, Conversation.class);

        assertUnknownsKept(conversation);
        assertXmlSimilar(xml, codec.writeToString(conversation, PayloadFormat.XML));
    }

    @Test
    void unknownValuesCrossFormats() {
        String json = replace(SEED.getJsonResponse(), "\"state\" : \"Disconnected\"", "\"state\" : \"OnHold\"");
        json = replace(json, "\"subject\" :", "\"" + GUID + "\" : \"" + PLEASE + "\",\n  \"subject\" :");
        Conversation fromJson = codec.read(json, PayloadFormat.JSON, Conversation.class);

        Conversation fromXml = codec.read(
                codec.writeToString(fromJson, PayloadFormat.XML), PayloadFormat.XML, Conversation.class);

        assertThat(fromXml.state().value()).isEqualTo("OnHold");
        assertThat(fromXml.unknownMembers().properties()).containsEntry(GUID, new PropertyValue.Text(PLEASE));
        assertJsonEquals(json, codec.writeToString(fromXml, PayloadFormat.JSON));
    }

    private static void assertUnknownsKept(Conversation conversation) {
        assertThat(conversation.state().value()).isEqualTo("OnHold");
        assertThat(conversation.state().isKnown()).isFalse();
        assertThat(conversation.state()).isEqualTo(ConversationState.of("OnHold"));
        assertThat(conversation.activeModalities().get(2).value()).isEqualTo("Hologram");
        assertThat(conversation.activeModalities().get(2).isKnown()).isFalse();
        assertThat(conversation.activeModalities().get(3)).isEqualTo(ConversationModalityType.APPLICATION_SHARING);
        assertThat(conversation.unknownMembers().properties()).containsEntry(GUID, new PropertyValue.Text(PLEASE));
    }

    private static String replace(String text, String target, String replacement) {
        assertThat(text).as("the seed sample holds %s", target).contains(target);
        return text.replace(target, replacement);
    }
}
