package io.github.ucwakit.sample;

import static io.github.ucwakit.sample.Payloads.assertJsonEquals;
import static io.github.ucwakit.sample.Payloads.assertXmlSimilar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.operations.RequestBodies;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The addParticipant request samples (HTML entities of the page decoded) are produced as the same tree by the
 * generated input class built with each sample's own values.
 */
class AddParticipantInputTest {

    private static final ReferencePage PAGE = ReferencePage.load("addParticipant_ref.md");
    private static final String JSON = PAGE.sampleAt(90, "\"to\"").body();
    private static final String XML = PAGE.sampleAt(114, "<input").body();

    @Test
    void theJsonRequestSampleIsWrittenByTheInputClass() {
        JsonNode sample = Payloads.tree(JSON);
        AddParticipantInput input = AddParticipantInput.builder()
                .operationId(sample.get("operationId").asText())
                .to(sample.get("to").asText())
                .build();
        assertJsonEquals(JSON, RequestBodies.writeToString(input, PayloadFormat.JSON));
    }

    @Test
    void theXmlRequestSampleIsWrittenByTheInputClass() throws Exception {
        Map<String, String> sample = xmlProperties(XML);
        AddParticipantInput input = AddParticipantInput.builder()
                .operationId(sample.get("operationId"))
                .to(sample.get("to"))
                .build();
        String written = RequestBodies.writeToString(input, PayloadFormat.XML);
        assertThat(written).contains("<input xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">");
        assertXmlSimilar(XML, written);
    }

    @Test
    void bothRequestSamplesAreReadIntoTheInputClassAndWrittenBackEqual() {
        AddParticipantInput fromJson = RequestBodies.read(JSON, PayloadFormat.JSON, AddParticipantInputBinding.INSTANCE);
        AddParticipantInput fromXml = RequestBodies.read(XML, PayloadFormat.XML, AddParticipantInputBinding.INSTANCE);

        assertThat(fromXml.to()).isEqualTo("sip:john@contoso.com");
        assertThat(fromJson.to()).as("the page spaces the JSON sample's colon").isEqualTo("sip : john@contoso.com");
        assertThat(fromJson.operationId()).isEqualTo("74cb7404e0a247d5a2d4eb0376a47dbf")
                .isEqualTo(fromXml.operationId());
        assertThat(fromJson.unknownMembers().isEmpty()).isTrue();
        assertThat(fromXml.unknownMembers().isEmpty()).isTrue();
        assertJsonEquals(JSON, RequestBodies.writeToString(fromJson, PayloadFormat.JSON));
        assertXmlSimilar(XML, RequestBodies.writeToString(fromXml, PayloadFormat.XML));
    }

    @Test
    void anUndescribedParameterIsKeptAndWrittenBack() {
        String body = "{\"to\":\"sip:john@contoso.com\",\"future\":[1,2]}";

        AddParticipantInput input = RequestBodies.read(body, PayloadFormat.JSON, AddParticipantInputBinding.INSTANCE);

        assertThat(input.unknownMembers().properties()).containsOnlyKeys("future");
        assertJsonEquals(body, RequestBodies.writeToString(input, PayloadFormat.JSON));
        assertThat(new GeneratedBindings().inputBindings()).contains(AddParticipantInputBinding.INSTANCE);
        assertThat(AddParticipantInputBinding.INSTANCE.resource()).isEqualTo("addParticipant");
        assertThat(AddParticipantInputBinding.INSTANCE.method()).isEqualTo(HttpMethod.POST);
    }

    @Test
    void aBodyWithoutTheRequiredToIsRefusedAsAMissingValue() {
        assertThatThrownBy(() -> RequestBodies.read("{\"operationId\":\"1\"}", PayloadFormat.JSON,
                AddParticipantInputBinding.INSTANCE))
                .isInstanceOfSatisfying(UcwaPayloadException.class,
                        e -> assertThat(e.kind()).isEqualTo(UcwaPayloadException.Kind.MISSING_VALUE))
                .hasMessageContaining("AddParticipantInput needs 'to'");
    }

    @Test
    void buildingWithoutTheRequiredToFailsNamingIt() {
        AddParticipantInput.Builder builder = AddParticipantInput.builder().operationId("74cb7404");
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("AddParticipantInput needs 'to', a required parameter of POST addParticipant: The URI of"
                        + " the contact who is invited to this conversation.");
    }

    @Test
    void anAbsentOptionalParameterIsNotWritten() {
        AddParticipantInput input = AddParticipantInput.builder().to("sip:john@contoso.com").build();
        assertJsonEquals("{\"to\":\"sip:john@contoso.com\"}", RequestBodies.writeToString(input, PayloadFormat.JSON));
    }

    @Test
    void theOperationBuildsThePostOnTheConversationsAddParticipantLink() {
        Conversation conversation = Conversation.builder()
                .addParticipantLink(Link.of("addParticipant", "/conversations/137/addParticipant"))
                .build();
        AddParticipantInput input = AddParticipantInput.builder().to("sip:john@contoso.com").build();

        UcwaRequest request = AddParticipantOperations.POST.request(conversation.addParticipantLink().orElseThrow(),
                input, PayloadFormat.XML);

        assertThat(request.method()).isEqualTo(HttpMethod.POST);
        assertThat(request.href()).isEqualTo("/conversations/137/addParticipant");
        assertThat(request.contentType()).contains("application/xml");
        assertThat(request.header("accept")).contains("application/xml");
        assertThat(request.bodyAsString()).contains(RequestBodies.writeToString(input, PayloadFormat.XML));
        assertThat(AddParticipantOperations.POST.successStatus()).hasValue(201);
        assertThat(AddParticipantOperations.POST.responseRel()).contains("participantInvitation");
        assertThat(AddParticipantOperations.POST.responseType()).contains(GenericResource.class);
        assertThat(AddParticipantOperations.POST.inputType()).contains(AddParticipantInput.class);
        assertThatThrownBy(() -> AddParticipantOperations.POST.request(Link.of("addParticipant", "/x"),
                PayloadFormat.JSON)).isInstanceOf(IllegalStateException.class).hasMessageContaining("AddParticipantInput");
    }

    private static Map<String, String> xmlProperties(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList properties = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                .getElementsByTagName("property");
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            values.put(property.getAttribute("name"), property.getTextContent());
        }
        return values;
    }
}
