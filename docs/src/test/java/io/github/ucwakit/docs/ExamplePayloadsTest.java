package io.github.ucwakit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ucwakit.docs.build.ExamplePayloads;
import io.github.ucwakit.docs.example.RuntimeExamplePayloads;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The example payloads are real wire shapes: the runtime reads them back (as generic resources) with every
 * described property, link and embedded resource holding its placeholder.
 */
class ExamplePayloadsTest {

    private static final UcwaCodec CODEC = UcwaCodec.of(List.of());
    private static final Instant PLACEHOLDER_DATE = Instant.parse("2016-09-26T16:20:24.822Z");

    private final ExamplePayloads examples = new RuntimeExamplePayloads();

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void theConversationExampleHoldsEveryPropertyAndLink(PayloadFormat format) {
        ApiModel model = DocsFixtures.conversationModel();
        Resource conversation = model.resource("conversation").orElseThrow();

        UcwaResource read = read(model, conversation, format);

        assertThat(read.rel()).isEqualTo("conversation");
        assertThat(read.self()).contains(Link.of("self", "/ucwa/v1/conversation"));
        Map<String, PropertyValue> properties = properties(read, format);
        assertThat(properties.keySet())
                .containsExactlyElementsOf(conversation.properties().stream().map(Property::name).toList());
        assertThat(properties).containsEntry("subject", new PropertyValue.Text("string"));
        assertThat(properties).containsEntry("state", new PropertyValue.Text("Conferenced"));
        assertThat(properties).containsEntry("activeModalities",
                new PropertyValue.ListValue(List.of(new PropertyValue.Text("ApplicationSharing"))));
        assertThat(properties).containsEntry("participantCount", format == PayloadFormat.JSON
                ? new PropertyValue.Number("0")
                : new PropertyValue.Text("0"));
        assertThat(properties).containsEntry("readLocally", format == PayloadFormat.JSON
                ? new PropertyValue.Bool(false)
                : new PropertyValue.Text("False"));
        assertThat(date(properties.get("created"), format)).isEqualTo(PLACEHOLDER_DATE);
        assertThat(read.unknownMembers().links()).containsExactlyElementsOf(conversation.links().stream()
                .map(ResourceLink::rel)
                .filter(rel -> !rel.equals("self"))
                .map(rel -> Link.of(rel, "/ucwa/v1/conversation/" + rel))
                .toList());
    }

    @Test
    void listsArrayLinksAndArrayEmbeddedResourcesHoldOneItem() {
        ApiModel model = EdgeCaseModel.model();
        UcwaResource meeting = read(model, model.resource("meeting").orElseThrow(), PayloadFormat.JSON);
        UnknownMembers members = meeting.unknownMembers();

        assertThat(members.properties()).containsEntry("counts",
                new PropertyValue.ListValue(List.of(new PropertyValue.Number("0"))));
        assertThat(members.properties()).containsEntry("sizes",
                new PropertyValue.ListValue(List.of(new PropertyValue.Number("0"))));
        assertThat(members.properties()).containsEntry("flags",
                new PropertyValue.ListValue(List.of(new PropertyValue.Bool(false))));
        assertThat(members.properties()).containsEntry("modes",
                new PropertyValue.ListValue(List.of(new PropertyValue.Text("Fast"))));
        assertThat(members.properties()).containsEntry("empty", new PropertyValue.Text("string"));
        assertThat(members.linkGroups()).extracting(UnknownMembers.Group::name, UnknownMembers.Group::array)
                .containsExactly(
                        tuple("participant", true),
                        tuple("organizer", false));
        assertThat(members.embeddedGroups()).extracting(UnknownMembers.Group::name, UnknownMembers.Group::array)
                .containsExactly(
                        tuple("participant", true),
                        tuple("organizer", false),
                        tuple("parent", false));
    }

    @Test
    void embeddedResourcesAreFilledUnlessUndescribedOrAlreadyEnclosing() {
        ApiModel model = EdgeCaseModel.model();
        UcwaResource meeting = read(model, model.resource("meeting").orElseThrow(), PayloadFormat.JSON);
        List<GenericResource> embedded = meeting.unknownMembers().embedded();

        GenericResource participant = embedded.get(0);
        assertThat(participant.rel()).isEqualTo("participant");
        assertThat(participant.self()).contains(Link.of("self", "/ucwa/v1/meeting/participant"));
        assertThat(participant.unknownMembers().properties()).containsOnlyKeys("name", "mode");

        GenericResource person = embedded.get(1);
        assertThat(person.rel()).isEqualTo("person");
        assertThat(person.unknownMembers().isEmpty()).isTrue();

        GenericResource parent = embedded.get(2);
        assertThat(parent.rel()).isEqualTo("meeting");
        assertThat(parent.self()).contains(Link.of("self", "/ucwa/v1/meeting/parent"));
        assertThat(parent.unknownMembers().isEmpty()).isTrue();
    }

    @Test
    void examplesAreIndentedTextWithNewlines() {
        ApiModel model = DocsFixtures.conversationModel();
        ExamplePayloads.Example example = examples.of(model, model.resource("conversation").orElseThrow());

        assertThat(example.json())
                .startsWith("{\n  \"rel\" : \"conversation\",\n")
                .endsWith("}\n")
                .doesNotContain("\r");
        assertThat(example.json()).contains("\"activeModalities\" : [\n    \"ApplicationSharing\"\n  ]");
        assertThat(example.xml())
                .contains("\n  <link rel=\"addParticipant\" href=\"/ucwa/v1/conversation/addParticipant\"/>\n")
                .contains("\n  <property name=\"subject\">string</property>\n")
                .endsWith("</resource>\n")
                .doesNotContain("\r");
    }

    private UcwaResource read(ApiModel model, Resource resource, PayloadFormat format) {
        ExamplePayloads.Example example = examples.of(model, resource);
        return CODEC.read(format == PayloadFormat.JSON ? example.json() : example.xml(), format);
    }

    /** The properties as read; XML's copy of the rel, which the runtime keeps as a property, left out. */
    private static Map<String, PropertyValue> properties(UcwaResource read, PayloadFormat format) {
        Map<String, PropertyValue> properties = new LinkedHashMap<>(read.unknownMembers().properties());
        if (format == PayloadFormat.XML) {
            properties.remove("rel");
        }
        return properties;
    }

    private static Instant date(PropertyValue value, PayloadFormat format) {
        String text = ((PropertyValue.Text) value).value();
        return (format == PayloadFormat.JSON ? UcwaDateTime.parseJson(text) : UcwaDateTime.parseIso(text)).toInstant();
    }
}
