package io.github.ucwakit.runtime;

import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSameJson;
import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSimilarXml;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import io.github.ucwakit.runtime.xml.XmlFormat;
import org.junit.jupiter.api.Test;

class GenericResourceTest {

    private final JsonFormat json = new JsonFormat();
    private final XmlFormat xml = new XmlFormat();

    @Test
    void builderEqualsHashCodeAndToString() {
        UnknownMembers members = UnknownMembers.builder().property("p", new PropertyValue.Text("v")).build();
        GenericResource resource = GenericResource.builder().rel("thing").self(Link.of("self", "/t"))
                .unknownMembers(members).build();

        assertThat(resource.rel()).isEqualTo("thing");
        assertThat(resource.self()).contains(Link.of("self", "/t"));
        assertThat(resource.unknownMembers()).isEqualTo(members);
        assertThat(resource.toBuilder().build()).isEqualTo(resource).hasSameHashCodeAs(resource);
        assertThat(resource.toBuilder().rel("other").build()).isNotEqualTo(resource);
        assertThat(resource.toBuilder().self(null).build()).isNotEqualTo(resource);
        assertThat(resource.toString()).contains("thing", "/t", "p");
        assertThat(GenericResource.builder().build().unknownMembers()).isSameAs(UnknownMembers.empty());
        assertThat(GenericResource.builder().build().self()).isEmpty();
    }

    @Test
    void bindingReadsEveryRelAndProducesGenericResources() {
        assertThat(GenericResource.BINDING.type()).isEqualTo(GenericResource.class);
        assertThat(GenericResource.BINDING.rel()).isEqualTo("*");
    }

    @Test
    void jsonRoundTripKeepsEverything() {
        String sample = Fixtures.text(Fixtures.EMBEDDED_JSON);
        GenericResource resource = json.read(sample, GenericResource.BINDING::read);

        assertThat(resource.rel()).isEqualTo("conversation");
        assertThat(resource.self()).contains(Link.of("self", "/conversations/9"));
        assertThat(resource.unknownMembers().embedded()).extracting(GenericResource::rel)
                .containsExactly("participant", "participant", "messaging", "futureThing");
        assertSameJson(json.writeToString(writer -> GenericResource.BINDING.write(resource, writer)), sample);
    }

    @Test
    void xmlRoundTripKeepsEverything() {
        String sample = Fixtures.text(Fixtures.EMBEDDED_XML);
        GenericResource resource = xml.read(sample, GenericResource.BINDING::read);

        // the echo of the rel, <property name="rel">, is a wire detail: written back, not a property
        assertThat(resource.unknownMembers().properties()).doesNotContainKey("rel");
        assertSimilarXml(xml.writeToString(writer -> GenericResource.BINDING.write(resource, writer)), sample);
    }

    @Test
    void seedSamplesRoundTripAsGenericResources() {
        String jsonSample = Fixtures.text(Fixtures.SEED_JSON);
        String xmlSample = Fixtures.text(Fixtures.SEED_XML);

        GenericResource fromJson = json.read(jsonSample, GenericResource.BINDING::read);
        GenericResource fromXml = xml.read(xmlSample, GenericResource.BINDING::read);

        assertSameJson(json.writeToString(writer -> GenericResource.BINDING.write(fromJson, writer)), jsonSample);
        assertSimilarXml(xml.writeToString(writer -> GenericResource.BINDING.write(fromXml, writer)), xmlSample);
        assertThat(fromXml.unknownMembers().links()).isEqualTo(fromJson.unknownMembers().links());
    }

    @Test
    void embeddedJsonWithoutRelStaysWithoutRel() {
        String payload = "{\"rel\":\"outer\",\"_embedded\":{\"inner\":{\"p\":1}}}";
        GenericResource resource = json.read(payload, GenericResource.BINDING::read);

        assertThat(resource.unknownMembers().embedded().get(0).rel()).isNull();
        assertSameJson(json.writeToString(writer -> GenericResource.BINDING.write(resource, writer)), payload);
    }
}
