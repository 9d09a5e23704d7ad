package io.github.ucwakit.runtime.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestConversationBinding;
import io.github.ucwakit.runtime.testmodel.TestInviteInput;
import io.github.ucwakit.runtime.testmodel.TestParticipant;
import org.junit.jupiter.api.Test;

/** The request body types of operations, and the shape of a PUT body. */
class OperationDescriptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final OperationDescription<TestConversation, UcwaResource> PUT =
            OperationDescription.builder("conversation", HttpMethod.PUT).sends(TestConversationBinding.INSTANCE)
                    .build();
    private static final OperationDescription<TestInviteInput, GenericResource> POST =
            OperationDescription.builder("invite", HttpMethod.POST).input(TestInviteInput.class)
                    .response("invitation", GenericResource.class).build();
    private static final OperationDescription<Void, TestConversation> GET =
            OperationDescription.builder("conversation", HttpMethod.GET)
                    .response("conversation", TestConversation.class).build();

    private final UcwaCodec codec = UcwaCodec.of(new TestBindings().bindings());

    private static TestConversation conversation() {
        return TestConversation.builder()
                .selfLink(Link.of("self", "/conversations/1"))
                .subject("Budget")
                .participantsLink(Link.of("participants", "/conversations/1/participants"))
                .addParticipant(new TestParticipant(Link.of("self", "/people/ann"), "Ann", null,
                        UnknownMembers.empty()))
                .build();
    }

    @Test
    void eachOperationSaysTheClassOfItsBody() {
        assertThat(PUT.bodyType()).isEqualTo(TestConversation.class);
        assertThat(PUT.sendsResource()).isTrue();
        assertThat(PUT.inputType()).isEmpty();
        assertThat(POST.bodyType()).isEqualTo(TestInviteInput.class);
        assertThat(POST.sendsResource()).isFalse();
        assertThat(POST.inputType()).contains(TestInviteInput.class);
        assertThat(GET.bodyType()).isEqualTo(Void.class);
        assertThat(GET.responseType()).contains(TestConversation.class);
    }

    @Test
    void aPutBodyKeepsTheRelThePropertiesAndTheLinksAndLeavesOutEmbeddedResources() throws Exception {
        TestConversation conversation = conversation();
        String written = codec.writeToString(conversation, PayloadFormat.JSON);
        assertThat(JSON.readTree(written).has("_embedded")).as("the resource has an embedded one").isTrue();

        UcwaRequest put = PUT.put(conversation, "\"7\"", PayloadFormat.JSON, codec);

        JsonNode body = JSON.readTree(put.bodyAsString().orElseThrow());
        JsonNode expected = JSON.readTree(written);
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected).remove("_embedded");
        assertThat(body).isEqualTo(expected);
        assertThat(put.href()).isEqualTo("/conversations/1");
        assertThat(put.ifMatch()).contains("\"7\"");
        assertThat(put.contentType()).contains("application/json");
    }

    @Test
    void anXmlPutBodyLeavesOutEmbeddedResourcesToo() {
        String body = PUT.put(conversation(), null, PayloadFormat.XML, codec).bodyAsString().orElseThrow();

        assertThat(body).contains("<property name=\"subject\">Budget</property>", "rel=\"participants\"")
                .doesNotContain("Ann").doesNotContain("participant\" href");
    }

    @Test
    void aRequestWithTheResourceAsBodyIsThePutWithoutIfMatch() {
        UcwaRequest request = PUT.request(Link.of("self", "/conversations/1"), conversation(), PayloadFormat.JSON);
        UcwaRequest put = PUT.put(conversation(), null, PayloadFormat.JSON, codec);

        assertThat(request.bodyAsString()).isEqualTo(put.bodyAsString());
        assertThat(request.ifMatch()).isEmpty();
        assertThat(request.header("Accept")).contains("application/json");
    }

    @Test
    void aPutWithoutASelfLinkNeedsItsTarget() {
        TestConversation noSelf = TestConversation.builder().subject("Budget").build();
        assertThatThrownBy(() -> PUT.put(noSelf, null, PayloadFormat.JSON, codec))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no self link");

        UcwaRequest put = PUT.put(Link.of("self", "/c/1"), noSelf, "1", PayloadFormat.XML, codec);
        assertThat(put.href()).isEqualTo("/c/1");
    }

    @Test
    void anOperationWithoutABodySendsNone() {
        UcwaRequest get = GET.request(Link.of("self", "/c/1"), null, PayloadFormat.XML);
        assertThat(get.body()).isEmpty();
        assertThat(get).isEqualTo(GET.request(Link.of("self", "/c/1"), PayloadFormat.XML));
        assertThatThrownBy(() -> POST.request(Link.of("invite", "/i"), PayloadFormat.XML))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TestInviteInput");
    }

    @Test
    void onlyAPutSendsTheResource() {
        assertThatThrownBy(() -> OperationDescription.builder("conversation", HttpMethod.POST)
                .sends(TestConversationBinding.INSTANCE)).isInstanceOf(IllegalStateException.class);
    }
}
