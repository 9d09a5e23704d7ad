package io.github.ucwakit.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bytes let the event reader guess the rel of an embedded resource from its key (and skim the resource for a late
 * rel when the guess is wrong); a string makes it buffer the members before the rel. Both must read the same
 * response, or fail the same way.
 */
class EmbeddedRelLookaheadTest {

    private final EventChannelCodec codec = new EventChannelCodec(UcwaCodec.of(new TestBindings().bindings()));

    @ParameterizedTest
    @ValueSource(strings = {
        "\"subject\": \"Plans\", \"_links\": {\"self\": {\"href\": \"/c/1\"}}, \"rel\": \"conversation\"",
        "\"rel\": \"conversation\", \"subject\": \"Plans\"",
        "\"subject\": {\"rel\": \"nested\", \"x\": [1, {\"rel\": 2}]}, \"rel\": \"participant\", \"name\": \"Ann\"",
        "\"subject\": \"no rel at all\"",
        "\"subject\": \"Plans\", \"rel\": \"unknownRel\"",
        "\"subject\": \"Plans\", \"rel\": 12",
        "\"subject\": \"Plans\", \"rel\": null",
        "\"subject\": \"Plans\", \"rel\": \"conversation\", \"rel\": \"participant\"",
        "\"subject\": \"Plans\", \"subject\": \"again\", \"rel\": \"conversation\"",
        "\"subject\": \"Plans\", \"participantCount\": \"eleven\", \"rel\": \"conversation\"",
        "\"subject\": \"Plans\" \"rel\": \"conversation\"",
        "\"rel\": \"participant\", \"name\": \"Ann\"",
        "\"name\": \"Ann\", \"rel\": \"participant\", \"_links\": {\"self\": {\"href\": \"data:,x\"}}",
        "\"subject\": \"Plans\", \"rel\": \"conversation\", \"participantCount\": \"eleven\"",
        "\"subject\": \"Plans\", \"rel\": \"conversation\", \"subject\": \"again\"",
        "\"subject\": \"Plans\", \"_links\": {\"self\": {\"href\": \"data:bad\"}}, \"rel\": \"conversation\"",
        "\"_embedded\": {\"participant\": [{\"rel\": \"participant\", \"name\": \"Ann\"}]}, \"rel\": \"conversation\"",
        "\"_embedded\": {\"participant\": [{\"name\": 5}]}, \"rel\": \"participant\"",
        "\"subject\": \"Plans\", \"rel\": \"Conversation\"",
        ""
    })
    void bytesAndTextReadTheSameResponse(String members) {
        String json = response(members, members);

        assertThat(outcome(json, true)).isEqualTo(outcome(json, false));
    }

    /**
     * After a wrong guess the rest of the document is read by another parser: later events, their resources and
     * the check for trailing content must come out the same.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", " {}", " ]"})
    void readingGoesOnAfterAWrongGuess(String trailing) {
        String json = response("\"name\": \"Ann\", \"rel\": \"participant\"",
                "\"subject\": \"Plans\", \"rel\": \"conversation\"") + trailing;

        Object fromBytes = outcome(json, true);

        assertThat(fromBytes).isEqualTo(outcome(json, false));
        if (trailing.isBlank()) {
            assertThat(fromBytes).isInstanceOf(EventChannelResponse.class);
            EventChannelResponse response = (EventChannelResponse) fromBytes;
            assertThat(response.senders().get(0).events()).hasSize(2);
            assertThat(response.senders().get(0).events().get(0).resource().orElseThrow().rel())
                    .isEqualTo("participant");
            assertThat(response.senders().get(0).events().get(1).resource().orElseThrow().rel())
                    .isEqualTo("conversation");
        }
    }

    /** A response of two events, each embedding a resource under the key {@code conversation}. */
    private static String response(String firstMembers, String secondMembers) {
        return "{\"sender\": [{\"rel\": \"conversation\", \"events\": [" + event(firstMembers) + ", "
                + event(secondMembers) + "]}], \"_links\": {\"next\": {\"href\": \"/events?ack=2\"}}}";
    }

    private static String event(String members) {
        return "{\"link\": {\"rel\": \"conversation\", \"href\": \"/c/1\"}, \"type\": \"updated\","
                + " \"_embedded\": {\"conversation\": {" + members + "}}}";
    }

    private Object outcome(String json, boolean bytes) {
        return outcome(() -> bytes ? codec.read(json.getBytes(StandardCharsets.UTF_8), PayloadFormat.JSON)
                : codec.read(json, PayloadFormat.JSON));
    }

    /** The response read, or the kind, message and location of the failure. */
    private static Object outcome(Supplier<EventChannelResponse> read) {
        try {
            return read.get();
        } catch (UcwaPayloadException failure) {
            return failure.kind() + " " + failure.getMessage() + " at " + failure.location();
        }
    }
}
