package io.github.ucwakit.runtime;

import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSameJson;
import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSimilarXml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestConversationBinding;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import io.github.ucwakit.runtime.testsupport.PayloadAssertions;
import io.github.ucwakit.runtime.xml.XmlFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unknown properties, links and embedded resources survive reading and writing, in and across formats. */
class UnknownMembersRoundTripTest {

    private static final TestConversationBinding BINDING = TestConversationBinding.INSTANCE;

    private final JsonFormat json = new JsonFormat();
    private final XmlFormat xml = new XmlFormat();

    @Test
    void jsonRoundTrip() {
        String sample = Fixtures.text(Fixtures.EMBEDDED_JSON);
        TestConversation conversation = json.read(sample, BINDING::read);

        assertThat(conversation.unknownMembers().properties().keySet()).containsExactly("futureNumber",
                "futureFlag", "futureNothing", "futureList", "futureObject");
        assertThat(conversation.unknownMembers().embeddedGroups()).extracting(UnknownMembers.Group::name)
                .containsExactly("futureThings");
        assertThat(conversation.participants().get(1).unknownMembers().properties()).containsKey("futureRole");
        assertSameJson(json.writeToString(writer -> BINDING.write(conversation, writer)), sample);
    }

    @Test
    void xmlRoundTrip() {
        String sample = Fixtures.text(Fixtures.EMBEDDED_XML);
        TestConversation conversation = xml.read(sample, BINDING::read);

        assertThat(conversation.unknownMembers().properties().keySet()).containsExactly("futureText", "futureList");
        assertThat(conversation.unknownMembers().links()).extracting(Link::rel)
                .containsExactly("futureLink", "futureLinks", "futureLinks");
        assertSimilarXml(xml.writeToString(writer -> BINDING.write(conversation, writer)), sample);
    }

    @Test
    void jsonToXmlToJsonKeepsUnknownMembersAsFarAsXmlCarriesThem() {
        TestConversation fromJson = json.read(Fixtures.text(Fixtures.EMBEDDED_JSON), BINDING::read);

        TestConversation viaXml = xml.read(xml.writeToString(writer -> BINDING.write(fromJson, writer)),
                BINDING::read);
        String backToJson = json.writeToString(writer -> BINDING.write(viaXml, writer));

        assertThat(viaXml.participants()).isEqualTo(fromJson.participants());
        assertThat(viaXml.messaging()).isEqualTo(fromJson.messaging());
        assertThat(viaXml.participantLinks()).isEqualTo(fromJson.participantLinks());
        assertThat(viaXml.created()).isEqualTo(fromJson.created());
        assertThat(viaXml.unknownMembers().links()).isEqualTo(fromJson.unknownMembers().links());
        assertThat(viaXml.unknownMembers().properties()).containsExactly(
                Map.entry("futureNumber", new PropertyValue.Text("1.50")),
                Map.entry("futureFlag", new PropertyValue.Text("False")),
                Map.entry("futureNothing", new PropertyValue.Text("")),
                Map.entry("futureList", new PropertyValue.ListValue(List.of(new PropertyValue.Text("a"),
                        new PropertyValue.Text("2"), new PropertyValue.Text("True")))));
        GenericResource thing = viaXml.unknownMembers().embedded().get(0);
        assertThat(thing.rel()).as("XML names an embedded resource by its key").isEqualTo("futureThings");
        assertThat(thing.unknownMembers().embedded().get(0).unknownMembers().properties().get("note"))
                .isEqualTo(new PropertyValue.Text("nested twice"));
        JsonNode tree = PayloadAssertions.tree(backToJson);
        assertThat(tree.fieldNames().next()).isEqualTo("rel");
        assertThat(tree.has("futureObject")).as("XML text cannot carry a JSON object").isFalse();
        assertThat(tree.get("futureNumber").asText()).isEqualTo("1.50");
    }

    @Test
    void xmlToJsonToXmlKeepsEverything() {
        String sample = Fixtures.text(Fixtures.EMBEDDED_XML);
        TestConversation fromXml = xml.read(sample, BINDING::read);

        TestConversation viaJson = json.read(json.writeToString(writer -> BINDING.write(fromXml, writer)),
                BINDING::read);

        assertThat(viaJson.unknownMembers().links()).isEqualTo(fromXml.unknownMembers().links());
        assertThat(viaJson.unknownMembers().embedded()).isEqualTo(fromXml.unknownMembers().embedded());
        assertThat(viaJson.participants().get(1)).isEqualTo(fromXml.participants().get(1));
        assertThat(viaJson.subject()).isEqualTo("Quarterly & yearly planning");
        assertThat(viaJson.unknownMembers().properties()).doesNotContainKey("rel");
    }
}
