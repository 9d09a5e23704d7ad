package io.github.ucwakit.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.json.JsonErrors;
import io.github.ucwakit.runtime.json.JsonTrees;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code _links} of an event-channel response are read from the stream; they must give the links, and the
 * failures, that reading the object as a tree and judging each link with {@link JsonTrees#link} gives.
 */
class JsonResponseLinksTest {

    private final EventChannelCodec codec = new EventChannelCodec(UcwaCodec.of(new TestBindings().bindings()));

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"self\": {\"href\": \"/a\"}, \"next\": {\"href\": \"/b\", \"title\": \"t\"}}",
        "{\"next\": {\"href\": \"/a\"}, \"self\": {\"href\": \"/s\"}, \"next\": {\"href\": \"/b\"}}",
        "{\"self\": \"/s\", \"next\": [\"/a\", {\"href\": \"/b\", \"rel\": \"x\"}], \"resync\": []}",
        "{\"next\": null}",
        "{\"self\": null}",
        "{\"next\": [null]}",
        "{\"next\": 5}",
        "{\"next\": [[1]]}",
        "{\"self\": [{\"href\": \"/a\"}, {\"href\": \"/b\"}]}",
        "{\"next\": {\"href\": 5}}",
        "{\"next\": {\"href\": \"/a\", \"href\": null}}",
        "{\"next\": {\"href\": null, \"href\": \"/a\"}}",
        "{\"next\": {\"href\": \"/a\", \"rel\": {\"x\": [1, 2.50]}, \"title\": true}}",
        "{\"next\": {\"href\": \"/a\", \"rel\": null, \"title\": 1.0E+2}}",
        "{\"next\": {\"href\": \"/a\", \"other\": {\"deep\": [1, {\"x\": null}]}, \"title\": \"t\", \"title\": \"u\"}}",
        "{\"next\": {}}",
        "{}",
        "{\"next\": 5, \"resume\": {\"href\": \"/r\"}}",
        "{\"next\": {\"href\": \"/a\",}}",
        "{\"next\": {\"href\": \"/a\"} \"x\": 1}",
        "{\"next\": {\"href\": \"/a\\u12\"}}",
        "{\"next\": 01}",
        "{\"next\": {\"href\": \"/a\", \"title\": tru}}",
        "{\"next\": 5, \"x\": {\"y\" 1}}",
        "{\"next\": [{\"href\": \"/a\"}, ]}"
    })
    void linksAreWhatTheTreeGives(String links) {
        String json = "{\"_links\": " + links + ", \"sender\": []}";

        assertThat(streamed(json)).isEqualTo(fromTree(json));
    }

    /** The self link and the other links the codec reads, or its failure. */
    private Object streamed(String json) {
        try {
            EventChannelResponse response = codec.read(json.getBytes(StandardCharsets.UTF_8), PayloadFormat.JSON);
            return List.of(response.self(), response.links());
        } catch (UcwaPayloadException e) {
            return e.kind() + " " + e.getMessage() + " at " + e.location();
        }
    }

    /** The same from the {@code _links} tree, judged link by link as the tree reader of the runtime judges it. */
    private static Object fromTree(String json) {
        try (JsonParser parser = JsonTrees.mapper().createParser(json.getBytes(StandardCharsets.UTF_8))) {
            parser.nextToken();
            parser.nextToken();
            parser.nextToken();
            JsonNode tree = parser.readValueAsTree();
            Link self = null;
            List<Link> others = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : tree.properties()) {
                String rel = entry.getKey();
                JsonNode value = entry.getValue();
                String at = "$._links." + rel;
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        others.add(JsonTrees.link(value.get(i), rel, at + "[" + i + "]"));
                    }
                } else if (rel.equals("self")) {
                    self = JsonTrees.link(value, rel, at);
                } else if (!value.isNull()) {
                    others.add(JsonTrees.link(value, rel, at));
                }
            }
            return List.of(Optional.ofNullable(self), others);
        } catch (IOException e) {
            RuntimeException failure = JsonErrors.wrap(e, "$");
            UcwaPayloadException payload = (UcwaPayloadException) failure;
            return payload.kind() + " " + payload.getMessage() + " at " + payload.location();
        } catch (UcwaPayloadException e) {
            return e.kind() + " " + e.getMessage() + " at " + e.location();
        }
    }
}
