package io.github.ucwakit.importer.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites a descriptor tree with its keys in the fixed order of {@link DescriptorShape}; keys the shape does not
 * know (from an override) follow, sorted.
 */
public final class KeyOrder {

    private KeyOrder() {}

    public static ObjectNode normalize(ObjectNode node, DescriptorShape shape) {
        ObjectNode ordered = JsonNodeFactory.instance.objectNode();
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        List<String> unknown = names.stream().filter(n -> !shape.keys().contains(n))
                .sorted()
                .toList();
        List<String> order = new ArrayList<>(shape.keys());
        order.addAll(unknown);
        for (String key : order) {
            JsonNode value = node.get(key);
            if (value == null) {
                continue;
            }
            Optional<DescriptorShape> items = DescriptorShape.itemsOf(key).filter(s -> shape.keys().contains(key));
            if (items.isPresent() && value.isArray()) {
                ArrayNode array = ordered.putArray(key);
                for (JsonNode item : value) {
                    array.add(item.isObject() ? normalize((ObjectNode) item, items.get()) : item.deepCopy());
                }
            } else {
                ordered.set(key, value.deepCopy());
            }
        }
        return ordered;
    }
}
