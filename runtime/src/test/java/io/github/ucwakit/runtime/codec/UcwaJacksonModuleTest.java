package io.github.ucwakit.runtime.codec;

import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestConversationBinding;
import io.github.ucwakit.runtime.testmodel.TestParticipant;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UcwaJacksonModuleTest {

    private final UcwaCodec codec = UcwaCodec.create();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new UcwaJacksonModule());

    @Test
    void readsAResourceClassLikeTheCodec() throws Exception {
        String sample = Fixtures.text(Fixtures.EMBEDDED_JSON);

        TestConversation conversation = mapper.readValue(sample, TestConversation.class);

        assertThat(conversation).isEqualTo(codec.read(sample, PayloadFormat.JSON, TestConversation.class));
        assertThat(conversation.participants()).hasSize(2);
    }

    @Test
    void writesAResourceClassLikeTheCodec() throws Exception {
        String sample = Fixtures.text(Fixtures.SEED_JSON);
        TestConversation conversation = mapper.readValue(sample, TestConversation.class);

        String written = mapper.writeValueAsString(conversation);

        assertThat(written).isEqualTo(codec.writeToString(conversation, PayloadFormat.JSON));
        assertSameJson(written, sample);
    }

    @Test
    void readsAnyResourceByRel() throws Exception {
        UcwaResource participant = mapper.readValue("{\"name\":\"Ann\",\"rel\":\"participant\"}", UcwaResource.class);
        UcwaResource unknown = mapper.readValue("{\"rel\":\"futureThing\",\"x\":1}", UcwaResource.class);

        assertThat(participant).isInstanceOf(TestParticipant.class);
        assertThat(unknown).isInstanceOf(GenericResource.class);
        assertThat(mapper.writeValueAsString(unknown)).isEqualTo("{\"rel\":\"futureThing\",\"x\":1}");
    }

    @Test
    void resourcesNestInTheApplicationsOwnTypes() throws Exception {
        String payload = "{\"first\":{\"rel\":\"participant\",\"name\":\"A\"},"
                + "\"second\":{\"name\":\"B\",\"_links\":{\"self\":{\"href\":\"/b\"}},\"rel\":\"participant\"}}";

        Map<String, TestParticipant> participants = mapper.readValue(payload, new TypeReference<>() {});
        List<GenericResource> generic = mapper.readValue("[{\"rel\":\"a\"},{\"rel\":\"b\",\"n\":[1]}]",
                new TypeReference<>() {});

        assertThat(participants.get("second").self()).contains(Link.of("self", "/b"));
        assertThat(participants.get("first").name()).isEqualTo("A");
        assertThat(generic).extracting(GenericResource::rel).containsExactly("a", "b");
        assertSameJson(mapper.writeValueAsString(participants), payload);
    }

    @Test
    void payloadErrorsKeepTheirPath() {
        assertThatThrownBy(() -> mapper.readValue("{\"rel\":\"conversation\",\"participantCount\":\"x\"}",
                TestConversation.class))
                .isInstanceOf(UcwaPayloadException.class)
                .hasMessageStartingWith("$.participantCount: expected an integer");
        assertThatThrownBy(() -> mapper.readValue("{\"rel\":\"participant\"}", TestConversation.class))
                .isInstanceOf(UcwaPayloadException.class).hasMessageContaining("found rel 'participant'");
    }

    @Test
    void moduleOfAGivenCodecKnowsOnlyItsBindings() throws Exception {
        ObjectMapper limited = new ObjectMapper().registerModule(new UcwaJacksonModule(
                UcwaCodec.of(List.of(TestConversationBinding.INSTANCE))));

        assertThat(limited.readValue("{\"rel\":\"participant\"}", UcwaResource.class))
                .isInstanceOf(GenericResource.class);
    }
}
