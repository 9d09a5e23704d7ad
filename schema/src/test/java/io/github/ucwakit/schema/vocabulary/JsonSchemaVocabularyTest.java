package io.github.ucwakit.schema.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.schema.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON Schema that editors use names exactly the keys of {@link DescriptorShape}, refuses every other key, and
 * gives each list the node kind the vocabulary gives it. A key added to the vocabulary and not to the schema (or the
 * other way round) fails here.
 */
class JsonSchemaVocabularyTest {

    private static final String SCHEMA = "ucwakit-descriptor.schema.json";

    /** The definition of the JSON Schema that describes each kind of node. */
    private static final Map<DescriptorShape, String> DEFINITIONS = Map.ofEntries(
            Map.entry(DescriptorShape.RESOURCE, "resourceDescriptor"),
            Map.entry(DescriptorShape.ENUMERATION, "enumerationDescriptor"),
            Map.entry(DescriptorShape.PROPERTY, "property"),
            Map.entry(DescriptorShape.LINK, "link"),
            Map.entry(DescriptorShape.EMBEDDED, "embedded"),
            Map.entry(DescriptorShape.EVENT, "event"),
            Map.entry(DescriptorShape.OPERATION, "operation"),
            Map.entry(DescriptorShape.PARAMETER, "parameter"),
            Map.entry(DescriptorShape.ERROR, "errorRow"),
            Map.entry(DescriptorShape.SCOPE, "scope"),
            Map.entry(DescriptorShape.MEMBER, "member"));

    @ParameterizedTest
    @EnumSource(DescriptorShape.class)
    void theJsonSchemaNamesTheKeysOfTheVocabularyAndNoOther(DescriptorShape shape) throws IOException {
        JsonNode definition = definition(shape);
        List<String> keys = new ArrayList<>();
        definition.path("properties").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as("keys of %s in %s", DEFINITIONS.get(shape), SCHEMA)
                .containsExactlyInAnyOrderElementsOf(shape.keys());
        assertThat(definition.path("additionalProperties").asBoolean(true))
                .as("%s refuses other keys", DEFINITIONS.get(shape)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(DescriptorShape.class)
    void everyListHoldsTheNodesTheVocabularySays(DescriptorShape shape) throws IOException {
        JsonNode properties = definition(shape).path("properties");
        for (String key : shape.keys()) {
            DescriptorShape.itemsOf(key).ifPresent(items -> assertThat(properties.path(key).path("items")
                    .path("$ref").asText()).as("items of %s in %s", key, DEFINITIONS.get(shape))
                    .isEqualTo("#/$defs/" + DEFINITIONS.get(items)));
        }
    }

    private static JsonNode definition(DescriptorShape shape) throws IOException {
        try (InputStream in = Diagnostic.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is not on the class path in package io.github.ucwakit.schema");
            }
            JsonNode definition = new ObjectMapper().readTree(in).path("$defs").path(DEFINITIONS.get(shape));
            assertThat(definition.isObject()).as("%s defines %s", SCHEMA, DEFINITIONS.get(shape)).isTrue();
            return definition;
        }
    }
}
