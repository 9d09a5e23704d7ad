package io.github.ucwakit.sample;

import static io.github.ucwakit.sample.Payloads.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A PUT whose request parameters are all properties of the resource sends the resource itself, so no input class
 * repeats them: the communication page's PUT request sample (parameters, the rel and a property its table does not
 * list) is read into {@link Communication} and {@link CommunicationOperations#PUT} sends it back unchanged.
 */
class CommunicationPutTest {

    private static final String JSON = ReferencePage.load("communication_ref.md")
            .sampleAt(389, "\"audioPreference\"").body();

    private final UcwaCodec codec = UcwaCodec.create();

    @Test
    void theJsonPutSampleIsTheCommunicationResourceThatPutSends() {
        Communication sample = codec.read(JSON, PayloadFormat.JSON, Communication.class);
        assertThat(sample.supportedModalities()).containsExactly(ModalityType.PHONE_AUDIO, ModalityType.MESSAGING);
        assertThat(sample.publishEndpointLocation()).isFalse();
        assertThat(CommunicationOperations.PUT.inputType()).isEmpty();

        Communication changed = sample.toBuilder().self(Link.of("self", "/ucwa/communication")).build();
        UcwaRequest put = CommunicationOperations.PUT.put(changed, "\"42\"", PayloadFormat.JSON, codec);
        assertThat(put.header("If-Match")).contains("\"42\"");
        ObjectNode body = (ObjectNode) Payloads.tree(put.bodyAsString().orElseThrow());
        assertThat(body.remove("_links").toString()).contains("/ucwa/communication");
        assertJsonEquals(JSON, body.toString());
    }

    @Test
    void xmlWritesBooleansAsTrueFalseAndListsAsPropertyLists() {
        Communication changed = Communication.builder()
                .self(Link.of("self", "/ucwa/communication"))
                .publishEndpointLocation(false)
                .supportedMessageFormats(List.of(MessageFormat.PLAIN, MessageFormat.HTML))
                .build();
        String xml = CommunicationOperations.PUT.put(changed, null, PayloadFormat.XML, codec).bodyAsString()
                .orElseThrow();
        assertThat(xml).contains("<property name=\"publishEndpointLocation\">False</property>",
                "<propertyList name=\"supportedMessageFormats\"><item>Plain</item><item>Html</item></propertyList>");
    }
}
