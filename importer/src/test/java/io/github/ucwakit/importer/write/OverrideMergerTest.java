package io.github.ucwakit.importer.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverrideMergerTest {

    private final List<String> problems = new ArrayList<>();
    private final OverrideMerger merger = new OverrideMerger(problems::add);

    private static ObjectNode yaml(String text) throws Exception {
        return YamlRenderer.parse(text);
    }

    @Test
    void replacesMatchedKeysAddsNewItemsAndKeepsTheRest() throws Exception {
        ObjectNode imported = yaml("""
                resource: widget
                properties:
                  - name: a
                    type: string
                    review: guessed
                    description: A.
                  - name: b
                    type: int
                """);
        ObjectNode merged = merger.apply(imported, yaml("""
                properties:
                  - name: a
                    type: Mood
                  - name: c
                    type: date
                """), DescriptorShape.RESOURCE);
        assertThat(YamlRenderer.render(KeyOrder.normalize(merged, DescriptorShape.RESOURCE))).isEqualTo("""
                resource: widget
                properties:
                  - name: a
                    type: Mood
                    description: A.
                  - name: b
                    type: int
                  - name: c
                    type: date
                """);
        assertThat(imported.path("properties").get(0).path("type").asText()).isEqualTo("string");
        assertThat(problems).isEmpty();
    }

    @Test
    void keepsTheReviewOfANodeWhoseOwnValuesItDoesNotSet() throws Exception {
        ObjectNode merged = merger.apply(yaml("""
                resource: widget
                operations:
                  - method: GET
                    review: status guessed
                    errors:
                      - error: Gone
                        code: 410
                        subcode: None
                      - error: Conflict
                        code: 409
                        subcode: None
                """), yaml("""
                operations:
                  - method: GET
                    remove:
                      errors: ["410/None"]
                """), DescriptorShape.RESOURCE);
        assertThat(merged.path("operations").get(0).path("review").asText()).isEqualTo("status guessed");
        assertThat(merged.path("operations").get(0).path("errors")).hasSize(1);
        assertThat(merged.path("operations").get(0).path("errors").get(0).path("code").asInt()).isEqualTo(409);
    }

    @Test
    void removesKeysSetToNullAndReportsWhatMatchesNothing() throws Exception {
        ObjectNode merged = merger.apply(yaml("""
                resource: widget
                description: Old.
                links:
                  - rel: self
                """), yaml("""
                description: null
                links:
                  - description: no rel here
                remove:
                  links: [gone]
                  events: [added]
                """), DescriptorShape.RESOURCE);
        assertThat(merged.has("description")).isFalse();
        assertThat(merged.path("links")).hasSize(1);
        assertThat(problems).containsExactly(
                "links: an item without rel is ignored",
                "remove: links has no item 'gone'",
                "remove: nothing to remove under 'events'");
    }

    @Test
    void ordersKnownKeysFirstThenUnknownOnesSorted() throws Exception {
        ObjectNode tree = yaml("""
                zeta: 1
                description: D.
                alpha: 2
                enumeration: Mood
                members:
                  - description: Happy.
                    name: Happy
                """);
        assertThat(YamlRenderer.render(KeyOrder.normalize(tree, DescriptorShape.ENUMERATION))).isEqualTo("""
                enumeration: Mood
                description: D.
                members:
                  - name: Happy
                    description: Happy.
                alpha: 2
                zeta: 1
                """);
    }
}
