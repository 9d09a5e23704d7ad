package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.testsupport.RecordingWriter;
import io.github.ucwakit.runtime.xml.XmlFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownMembersTest {

    private static final GenericResource ITEM = GenericResource.builder().rel("item").build();

    @Test
    void emptyIsEmptyAndShared() {
        assertThat(UnknownMembers.empty().isEmpty()).isTrue();
        assertThat(UnknownMembers.builder().build()).isSameAs(UnknownMembers.empty());
        assertThat(UnknownMembers.empty().properties()).isEmpty();
        assertThat(UnknownMembers.empty().links()).isEmpty();
        assertThat(UnknownMembers.empty().embedded()).isEmpty();
    }

    @Test
    void aBuilderLeftWithoutPropertiesBuildsNoneAndRefusesNulls() {
        assertThat(UnknownMembers.builder().removeProperty("never").build()).isSameAs(UnknownMembers.empty());
        assertThat(UnknownMembers.builder().property("p", new PropertyValue.Null()).removeProperty("p").build())
                .isSameAs(UnknownMembers.empty());
        UnknownMembers onlyALink = UnknownMembers.builder().link(Link.of("l", "/1")).build();
        assertThat(onlyALink.properties()).isEmpty();
        assertThatThrownBy(() -> onlyALink.properties().put("x", new PropertyValue.Null()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> UnknownMembers.builder().property(null, new PropertyValue.Null()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> UnknownMembers.builder().property("p", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void keepsPropertiesInInsertionOrder() {
        UnknownMembers members = UnknownMembers.builder()
                .property("zeta", new PropertyValue.Text("z"))
                .property("alpha", new PropertyValue.Number("1"))
                .property("mid", new PropertyValue.Null())
                .removeProperty("mid")
                .property("zeta", new PropertyValue.Text("again"))
                .build();

        assertThat(members.properties().keySet()).containsExactly("zeta", "alpha");
        assertThat(members.properties().get("zeta")).isEqualTo(new PropertyValue.Text("again"));
        assertThatThrownBy(() -> members.properties().put("x", new PropertyValue.Null()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void groupsLinksByRelInFirstSeenOrderAndRepeatsMakeArrays() {
        UnknownMembers members = UnknownMembers.builder()
                .link(Link.of("b", "/b/1"))
                .link(Link.of("a", "/a"))
                .link(Link.of("b", "/b/2"))
                .links("c", List.of(Link.of("c", "/c")))
                .build();

        assertThat(members.linkGroups()).containsExactly(
                new UnknownMembers.Group<>("b", true, List.of(Link.of("b", "/b/1"), Link.of("b", "/b/2"))),
                new UnknownMembers.Group<>("a", false, List.of(Link.of("a", "/a"))),
                new UnknownMembers.Group<>("c", true, List.of(Link.of("c", "/c"))));
        assertThat(members.links()).extracting(Link::href).containsExactly("/b/1", "/b/2", "/a", "/c");
    }

    @Test
    void readsArrayFlagsFromJsonAndRepeatedRelsFromXml() {
        String json = "{\"_links\":{\"one\":[{\"href\":\"/1\"}],\"single\":{\"href\":\"/s\"}}}";
        String xml = "<resource><link rel=\"two\" href=\"/1\"/><link rel=\"single\" href=\"/s\"/>"
                + "<link rel=\"two\" href=\"/2\"/></resource>";

        UnknownMembers fromJson = new JsonFormat().read(json, GenericResource.BINDING::read).unknownMembers();
        UnknownMembers fromXml = new XmlFormat().read(xml, GenericResource.BINDING::read).unknownMembers();

        assertThat(fromJson.linkGroups()).extracting(g -> g.name() + ":" + g.array()).containsExactly(
                "one:true", "single:false");
        assertThat(fromXml.linkGroups()).extracting(g -> g.name() + ":" + g.array() + ":" + g.items().size())
                .containsExactly("two:true:2", "single:false:1");
    }

    @Test
    void groupsEmbeddedResourcesByKey() {
        UnknownMembers members = UnknownMembers.builder()
                .embedded("one", ITEM)
                .embeddedList("many", List.of(ITEM))
                .embedded("one", ITEM)
                .build();

        assertThat(members.embeddedGroups()).extracting(g -> g.name() + ":" + g.array() + ":" + g.items().size())
                .containsExactly("one:true:2", "many:true:1");
        assertThat(members.embedded()).hasSize(3);
    }

    @Test
    void writesEachKindWhereTheWriterExpectsIt() {
        UnknownMembers members = UnknownMembers.builder()
                .embedded("single", ITEM)
                .property("p", new PropertyValue.Text("v"))
                .links("many", List.of(Link.of("many", "/m")))
                .link(Link.of("one", "/o"))
                .embeddedList("list", List.of(ITEM, ITEM))
                .build();
        RecordingWriter writer = new RecordingWriter();

        members.writeLinks(writer);
        assertThat(writer.calls()).containsExactly("links many 1", "link one");
        writer.calls().clear();
        members.writeProperties(writer);
        assertThat(writer.calls()).containsExactly("value p");
        writer.calls().clear();
        members.writeEmbedded(writer);
        assertThat(writer.calls()).containsExactly("embedded single", "begin item", "end",
                "embeddedList list 2", "begin item", "end", "begin item", "end");
    }

    @Test
    void toBuilderCopiesAndEqualityCoversEveryKind() {
        UnknownMembers members = UnknownMembers.builder()
                .property("p", new PropertyValue.Bool(true))
                .links("l", List.of(Link.of("l", "/l")))
                .embedded("e", ITEM)
                .build();

        UnknownMembers copy = members.toBuilder().build();
        assertThat(copy).isEqualTo(members).hasSameHashCodeAs(members);
        assertThat(copy.toString()).isEqualTo(members.toString()).contains("p", "/l", "item");
        assertThat(members.toBuilder().link(Link.of("l", "/2")).build()).isNotEqualTo(members);
        assertThat(members.toBuilder().link(Link.of("x", "/x")).build().linkGroups()).hasSize(2);
        assertThat(members.toBuilder().removeProperty("p").build()).isNotEqualTo(members);
        UnknownMembers singleLink = UnknownMembers.builder().property("p", new PropertyValue.Bool(true))
                .link(Link.of("l", "/l")).embedded("e", ITEM).build();
        assertThat(singleLink).as("array-ness is a wire detail, not part of the value").isEqualTo(members)
                .hasSameHashCodeAs(members);
        assertThat(singleLink.linkGroups().get(0).array()).isFalse();
    }

    @Test
    void theXmlEchoOfTheRelIsAWireDetailKeptForWritingOnly() {
        UnknownMembers echoed = UnknownMembers.builder().property("rel", new PropertyValue.Text("note"))
                .property("p", new PropertyValue.Bool(true)).build();
        UnknownMembers plain = UnknownMembers.builder().property("p", new PropertyValue.Bool(true)).build();

        assertThat(echoed).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(echoed.properties()).containsOnlyKeys("p");
        assertThat(UnknownMembers.builder().property("rel", new PropertyValue.Text("note")).build().isEmpty())
                .isTrue();
        assertThat(echoed.toBuilder().build().toBuilder().build()).isEqualTo(plain);
        RecordingWriter writer = new RecordingWriter();
        echoed.writeProperties(writer);
        assertThat(writer.calls()).containsExactly("value rel", "value p");
    }

    @Test
    void aGroupIsNeverEmpty() {
        assertThatThrownBy(() -> new UnknownMembers.Group<Link>("x", true, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(UnknownMembers.builder().links("x", List.of()).build().isEmpty()).isTrue();
        assertThat(UnknownMembers.builder().links("x", List.of()).build().linkGroups()).isEmpty();
    }
}
