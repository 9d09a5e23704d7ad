package io.github.ucwakit.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaCodec;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bytes let the event reader skim an embedded resource for a late rel; a string makes it buffer the members before
 * the rel. Both must read the same response, or fail the same way.
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
        "\"subject\": \"Plans\" \"rel\": \"conversation\""
    })
    void bytesAndTextReadTheSameResponse(String members) {
        String json = "{\"sender\": [{\"rel\": \"conversation\", \"events\": [{\"link\": {\"rel\": \"conversation\","
                + " \"href\": \"/c/1\"}, \"type\": \"updated\", \"_embedded\": {\"conversation\": {" + members
                + "}}}]}]}";

        Object fromText = outcome(() -> codec.read(json, PayloadFormat.JSON));
        Object fromBytes = outcome(() -> codec.read(json.getBytes(StandardCharsets.UTF_8), PayloadFormat.JSON));

        assertThat(fromBytes).isEqualTo(fromText);
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
