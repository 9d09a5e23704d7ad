package io.github.ucwakit.sample;

import static io.github.ucwakit.sample.Payloads.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.operations.RequestBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The input class of a PUT with enumerations, booleans and lists: built from the values of the communication
 * page's PUT request sample, it writes the sample's parameters (the sample also repeats the rel and a property
 * its table does not list, which are no parameters).
 */
class CommunicationPutInputTest {

    private static final String JSON = ReferencePage.load("communication_ref.md")
            .sampleAfter("### PUT", "\"audioPreference\"").body();

    @Test
    void theJsonPutSampleParametersAreWrittenByTheInputClass() {
        JsonNode sample = Payloads.tree(JSON);
        CommunicationPutInput input = CommunicationPutInput.builder()
                .audioPreference(AudioPreference.of(sample.get("audioPreference").asText()))
                .conversationHistory(sample.get("conversationHistory").asText())
                .lisLocation(sample.get("lisLocation").asText())
                .lisQueryResult(sample.get("lisQueryResult").asText())
                .phoneNumber(sample.get("phoneNumber").asText())
                .publishEndpointLocation(sample.get("publishEndpointLocation").asBoolean())
                .supportedMessageFormats(items(sample.get("supportedMessageFormats"), MessageFormat::of))
                .supportedModalities(items(sample.get("supportedModalities"), ModalityType::of))
                .videoBasedScreenSharing(sample.get("videoBasedScreenSharing").asText())
                .build();

        ObjectNode parameters = ((ObjectNode) sample).deepCopy();
        parameters.remove(List.of("rel", "simultaneousRingNumberMatch"));
        assertJsonEquals(parameters.toString(), RequestBodies.writeToString(input, PayloadFormat.JSON));
        assertThat(input.supportedModalities()).containsExactly(ModalityType.PHONE_AUDIO, ModalityType.MESSAGING);
    }

    @Test
    void xmlWritesBooleansAsTrueFalseAndListsAsPropertyLists() {
        CommunicationPutInput input = CommunicationPutInput.builder()
                .publishEndpointLocation(false)
                .supportedMessageFormats(List.of(MessageFormat.PLAIN, MessageFormat.HTML))
                .build();
        String xml = RequestBodies.writeToString(input, PayloadFormat.XML);
        Payloads.assertXmlSimilar("<input xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">"
                + "<property name=\"publishEndpointLocation\">False</property>"
                + "<propertyList name=\"supportedMessageFormats\"><item>Plain</item><item>Html</item></propertyList>"
                + "</input>", xml);
    }

    private static <T> List<T> items(JsonNode array, Function<String, T> of) {
        List<T> items = new ArrayList<>();
        array.forEach(item -> items.add(of.apply(item.asText())));
        return items;
    }
}
