package io.github.ucwakit.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.testmodel.Modality;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestConversationBinding;
import io.github.ucwakit.runtime.testmodel.TestParticipant;
import io.github.ucwakit.runtime.testsupport.PayloadAssertions;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonResourceWriterTest {

    private final JsonFormat json = new JsonFormat();

    @Test
    void writesRelThenPropertiesThenLinksSelfFirstThenEmbedded() {
        TestConversation conversation = TestConversation.builder()
                .selfLink(Link.of("self", "/c/1"))
                .participantsLink(Link.of("participants", "/c/1/participants"))
                .subject("Hello")
                .participantCount(3)
                .addParticipant(new TestParticipant(null, "Ann", null, UnknownMembers.empty()))
                .unknownMembers(UnknownMembers.builder().property("zeta", new PropertyValue.Text("z")).build())
                .build();

        JsonNode tree = PayloadAssertions.tree(write(writer -> TestConversationBinding.INSTANCE.write(conversation,
                writer)));

        assertThat(fieldNames(tree)).containsExactly("rel", "participantCount", "subject", "zeta", "_links",
                "_embedded");
        assertThat(fieldNames(tree.get("_links"))).containsExactly("self", "participants");
        assertThat(tree.get("_embedded").get("participant").get(0).get("name").asText()).isEqualTo("Ann");
    }

    @Test
    void writesTypedValues() {
        String written = write(writer -> {
            writer.beginResource("r", null);
            writer.stringProperty("s", "x\"y");
            writer.intProperty("i", -4);
            writer.longProperty("l", 9007199254740993L);
            writer.booleanProperty("b", Boolean.TRUE);
            writer.dateProperty("d", UcwaDateTime.parseIso("2016-09-26T16:20:24.8356669-07:00"));
            writer.stringListProperty("sl", List.of("a", "b"));
            writer.intListProperty("il", List.of(1, 2));
            writer.longListProperty("ll", List.of(3L));
            writer.booleanListProperty("bl", List.of(false));
            writer.dateListProperty("dl", List.of(UcwaDateTime.parseJson("/Date(-1)/")));
            writer.endResource();
        });

        assertThat(written).isEqualTo("{\"rel\":\"r\",\"s\":\"x\\\"y\",\"i\":-4,\"l\":9007199254740993,\"b\":true,"
                + "\"d\":\"/Date(1474932024835)/\",\"sl\":[\"a\",\"b\"],\"il\":[1,2],\"ll\":[3],\"bl\":[false],"
                + "\"dl\":[\"/Date(-1)/\"]}");
    }

    @Test
    void nullWritesNothingAndEmptyListsStay() {
        String written = write(writer -> {
            writer.beginResource(null, null);
            writer.stringProperty("s", null);
            writer.intProperty("i", null);
            writer.dateProperty("d", null);
            writer.stringListProperty("nothing", null);
            writer.stringListProperty("empty", List.of());
            writer.link(null);
            writer.links("none", null);
            writer.links("emptyLinks", List.of());
            writer.embedded("e", GenericResource.BINDING, null);
            writer.embeddedList("el", GenericResource.BINDING, null);
            writer.endResource();
        });

        assertThat(written).isEqualTo("{\"empty\":[],\"_links\":{\"emptyLinks\":[]}}");
    }

    @Test
    void arrayLinksAndEmbeddedStayArraysWithOneElement() {
        GenericResource resource = GenericResource.builder().rel("thing")
                .unknownMembers(UnknownMembers.builder()
                        .links("many", List.of(Link.of("many", "/m/1")))
                        .link(Link.of("one", "/o", "The one"))
                        .embeddedList("items", List.of(GenericResource.builder().rel("item").build()))
                        .build())
                .build();

        String written = write(writer -> GenericResource.BINDING.write(resource, writer));

        assertThat(written).isEqualTo("{\"rel\":\"thing\",\"_links\":{\"many\":[{\"href\":\"/m/1\"}],"
                + "\"one\":{\"href\":\"/o\",\"title\":\"The one\"}},\"_embedded\":{\"items\":[{\"rel\":\"item\"}]}}");
    }

    @Test
    void neverWritesAPropertyNamedRel() {
        GenericResource resource = GenericResource.builder().rel("conversation")
                .unknownMembers(UnknownMembers.builder().property("rel", new PropertyValue.Text("other")).build())
                .build();

        assertThat(write(writer -> GenericResource.BINDING.write(resource, writer)))
                .isEqualTo("{\"rel\":\"conversation\"}");
    }

    @Test
    void writesKeptValuesBackUnchanged() {
        Map<String, PropertyValue> members = new java.util.LinkedHashMap<>();
        members.put("n", new PropertyValue.Number("1.50"));
        members.put("z", new PropertyValue.Null());
        members.put("l", new PropertyValue.ListValue(List.of(new PropertyValue.Bool(false),
                new PropertyValue.Text("t"))));

        String written = write(writer -> {
            writer.beginResource("r", null);
            writer.valueProperty("o", new PropertyValue.ObjectValue(members));
            writer.endResource();
        });

        assertThat(written).isEqualTo("{\"rel\":\"r\",\"o\":{\"n\":1.50,\"z\":null,\"l\":[false,\"t\"]}}");
    }

    @Test
    void refusesMembersOutOfOrder() {
        assertThatThrownBy(() -> write(writer -> {
            writer.beginResource("r", null);
            writer.embedded("e", GenericResource.BINDING, GenericResource.builder().build());
            writer.stringProperty("late", "x");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("write order");
        assertThatThrownBy(() -> write(writer -> {
            writer.beginResource("r", null);
            writer.embedded("e", GenericResource.BINDING, GenericResource.builder().build());
            writer.link(Link.of("late", "/x"));
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachEmbeddedResourceWritesItsOwnLinks() {
        String written = write(writer -> {
            writer.beginResource("parent", Link.of("self", "/p"));
            writer.link("a", Optional.of(Link.of("other", "/p/a")));
            writer.links("b", List.of(Link.of("b", "/p/b1"), Link.of("b", "/p/b2")));
            writer.stringProperty("name", "P");
            writer.embedded("one", GenericResource.BINDING, GenericResource.builder().rel("child")
                    .self(Link.of("self", "/c/1"))
                    .unknownMembers(UnknownMembers.builder().link(Link.of("c", "/c/1/c")).build()).build());
            writer.embeddedList("many", GenericResource.BINDING, List.of(
                    GenericResource.builder().rel("child").build(),
                    GenericResource.builder().rel("child").self(Link.of("self", "/c/3")).build()));
            writer.endResource();
        });

        assertThat(written).isEqualTo("{\"rel\":\"parent\",\"name\":\"P\",\"_links\":{\"self\":{\"href\":\"/p\"},"
                + "\"a\":{\"href\":\"/p/a\"},\"b\":[{\"href\":\"/p/b1\"},{\"href\":\"/p/b2\"}]},"
                + "\"_embedded\":{\"one\":{\"rel\":\"child\",\"_links\":{\"self\":{\"href\":\"/c/1\"},"
                + "\"c\":{\"href\":\"/c/1/c\"}}},\"many\":[{\"rel\":\"child\"},{\"rel\":\"child\","
                + "\"_links\":{\"self\":{\"href\":\"/c/3\"}}}]}}");
    }

    @Test
    void asksForThePropertiesFirst() {
        assertThat(new JsonResourceWriter(null).linksFirst()).isFalse();
    }

    @Test
    void linksAfterThePropertiesGoStraightToTheGenerator() throws IOException {
        StringWriter out = new StringWriter();
        JsonGenerator generator = new JsonFactory().createGenerator(out);
        JsonResourceWriter writer = new JsonResourceWriter(generator);
        writer.beginResource("r", Link.of("self", "/r"));
        writer.stringProperty("name", "R");
        writer.endProperties();
        writer.link("a", Link.of("a", "/r/a"));
        writer.links("b", List.of(Link.of("b", "/r/b")));
        generator.flush();

        assertThat(out.toString()).isEqualTo("{\"rel\":\"r\",\"name\":\"R\",\"_links\":{\"self\":{\"href\":\"/r\"},"
                + "\"a\":{\"href\":\"/r/a\"},\"b\":[{\"href\":\"/r/b\"}]");
    }

    @Test
    void bothOrdersWriteTheSameBytes() {
        String linksFirst = write(writer -> {
            beginParent(writer);
            parentLinks(writer);
            parentProperties(writer);
            parentEmbedded(writer);
        });
        String propertiesFirst = write(writer -> {
            beginParent(writer);
            parentProperties(writer);
            writer.endProperties();
            parentLinks(writer);
            parentEmbedded(writer);
        });

        assertThat(propertiesFirst).isEqualTo(linksFirst).isEqualTo("{\"rel\":\"parent\",\"name\":\"P\","
                + "\"modes\":[\"Audio\",\"Odd\"],\"_links\":{\"self\":{\"href\":\"/p\"},\"a\":{\"href\":\"/p/a\"},"
                + "\"b\":[{\"href\":\"/p/b1\"}],\"c\":{\"href\":\"/p/c\"}},\"_embedded\":{\"one\":{\"rel\":\"child\"}}}");
    }

    @Test
    void selfAloneOrNothingAfterThePropertiesStillEndsTheLinks() {
        assertThat(write(writer -> {
            writer.beginResource("r", Link.of("self", "/r"));
            writer.endProperties();
            writer.link("none", (Link) null);
            writer.endResource();
        })).isEqualTo("{\"rel\":\"r\",\"_links\":{\"self\":{\"href\":\"/r\"}}}");
        assertThat(write(writer -> {
            writer.beginResource("r", null);
            writer.endProperties();
            writer.embedded("e", GenericResource.BINDING, GenericResource.builder().build());
            writer.endResource();
        })).isEqualTo("{\"rel\":\"r\",\"_embedded\":{\"e\":{}}}");
    }

    @Test
    void linksHeldBeforeThePropertiesComeBeforeThoseWrittenAfter() {
        assertThat(write(writer -> {
            writer.beginResource("r", Link.of("self", "/r"));
            writer.link(Link.of("early", "/e"));
            writer.stringProperty("name", "R");
            writer.endProperties();
            writer.link("late", Link.of("late", "/l"));
            writer.endResource();
        })).isEqualTo("{\"rel\":\"r\",\"name\":\"R\",\"_links\":{\"self\":{\"href\":\"/r\"},"
                + "\"early\":{\"href\":\"/e\"},\"late\":{\"href\":\"/l\"}}}");
    }

    @Test
    void refusesAPropertyAfterTheProperties() {
        assertThatThrownBy(() -> write(writer -> {
            writer.beginResource("r", null);
            writer.endProperties();
            writer.link("a", Link.of("a", "/a"));
            writer.stringProperty("late", "x");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("write order");
        assertThatThrownBy(() -> write(writer -> {
            writer.beginResource("r", null);
            writer.endProperties();
            writer.endProperties();
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("endProperties");
    }

    private static void beginParent(ResourceWriter writer) {
        writer.beginResource("parent", Link.of("self", "/p"));
    }

    private static void parentLinks(ResourceWriter writer) {
        writer.link("a", Link.of("other", "/p/a"));
        writer.link("absent", (Link) null);
        writer.links("b", List.of(Link.of("b", "/p/b1")));
        writer.link(Link.of("c", "/p/c"));
    }

    private static void parentProperties(ResourceWriter writer) {
        writer.stringProperty("name", "P");
        writer.enumListProperty("modes", List.of(Modality.AUDIO, Modality.of("Odd")));
        writer.enumListProperty("absent", null);
    }

    private static void parentEmbedded(ResourceWriter writer) {
        writer.embedded("one", GenericResource.BINDING, GenericResource.builder().rel("child").build());
        writer.endResource();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/Date(0)/", "/Date(1)/", "/Date(-1)/", "/Date(-999)/", "/Date(-1000)/", "/Date(-1001)/",
        "/Date(1474932024822)/", "/Date(-62135596800000)/", "/Date(253402300799999)/", "/Date(1474932024822+0200)/",
        "2016-09-26T16:20:24.8356669-07:00", "-292275055-05-16T16:47:04.192Z", "+292278994-08-17T07:12:55.807Z"})
    void datesAreWrittenInTheirJsonForm(String date) {
        UcwaDateTime value = UcwaDateTime.parse(date);
        String expected = "\"" + value.toJsonString() + "\"";

        String written = write(writer -> {
            writer.beginResource(null, null);
            writer.dateProperty("d", value);
            writer.dateListProperty("l", List.of(value, value));
            writer.endResource();
        });

        assertThat(written).isEqualTo("{\"d\":" + expected + ",\"l\":[" + expected + "," + expected + "]}");
    }

    private String write(Consumer<ResourceWriter> body) {
        return json.writeToString(body);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
