package io.github.ucwakit.importer.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Applies a hand-written override (a partial descriptor) to an imported descriptor tree. Items of a list are
 * matched by their identity (name, rel, key, method; code and subcode for errors; type for events); the
 * override's keys replace the imported ones, a {@code null} value removes a key, unmatched items are added, and a
 * {@code remove:} mapping (list name to identities, e.g. {@code errors: ["409/TooManyGroups"]}) drops items. A
 * node whose own values an override sets loses its imported {@code review} mark unless the override writes one:
 * a human has decided.
 */
public final class OverrideMerger {

    private static final String REMOVE = "remove";
    private static final String REVIEW = "review";

    private final Consumer<String> problems;

    /** @param problems receives a message for each part of the override that matches nothing */
    public OverrideMerger(Consumer<String> problems) {
        this.problems = problems;
    }

    /** A new tree: the imported one with the override applied. */
    public ObjectNode apply(ObjectNode imported, ObjectNode override, DescriptorShape shape) {
        ObjectNode result = imported.deepCopy();
        merge(result, override, shape);
        return result;
    }

    private void merge(ObjectNode target, ObjectNode override, DescriptorShape shape) {
        boolean setsOwnValue = false;
        for (Map.Entry<String, JsonNode> field : override.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            Optional<DescriptorShape> items = DescriptorShape.itemsOf(key).filter(s -> shape.keys().contains(key));
            if (key.equals(REMOVE)) {
                continue;
            }
            if (items.isPresent() && value.isArray()) {
                mergeList(target, key, (ArrayNode) value, items.get());
                continue;
            }
            if (!shape.identity().contains(key) && !key.equals(REVIEW)) {
                setsOwnValue = true;
            }
            if (value.isNull()) {
                target.remove(key);
            } else {
                target.set(key, value.deepCopy());
            }
        }
        if (setsOwnValue && !override.has(REVIEW)) {
            target.remove(REVIEW);
        }
        JsonNode remove = override.get(REMOVE);
        if (remove != null) {
            remove(target, remove, shape);
        }
    }

    private void mergeList(ObjectNode target, String key, ArrayNode overrideItems, DescriptorShape shape) {
        ArrayNode existing = target.has(key) && target.get(key).isArray() ? (ArrayNode) target.get(key)
                : target.putArray(key);
        for (JsonNode item : overrideItems) {
            if (!item.isObject()) {
                problems.accept(key + ": an item that is not a mapping is ignored");
                continue;
            }
            String id = identity(item, shape);
            if (id == null) {
                problems.accept(key + ": an item without " + String.join(" and ", shape.identity()) + " is ignored");
                continue;
            }
            ObjectNode match = find(existing, id, shape);
            if (match != null) {
                merge(match, (ObjectNode) item, shape);
            } else {
                existing.add(item.deepCopy());
            }
        }
    }

    private void remove(ObjectNode target, JsonNode remove, DescriptorShape shape) {
        if (!remove.isObject()) {
            problems.accept("remove: expected a mapping from list names to identities");
            return;
        }
        remove.properties().forEach(entry -> {
            String key = entry.getKey();
            Optional<DescriptorShape> items = DescriptorShape.itemsOf(key).filter(s -> shape.keys().contains(key));
            JsonNode list = target.get(key);
            if (items.isEmpty() || list == null || !list.isArray()) {
                problems.accept("remove: nothing to remove under '" + key + "'");
                return;
            }
            for (JsonNode id : entry.getValue()) {
                ObjectNode match = find((ArrayNode) list, id.asText(), items.get());
                if (match == null) {
                    problems.accept("remove: " + key + " has no item '" + id.asText() + "'");
                    continue;
                }
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) == match) {
                        ((ArrayNode) list).remove(i);
                        break;
                    }
                }
            }
            if (list.isEmpty()) {
                target.remove(key);
            }
        });
    }

    private static ObjectNode find(ArrayNode items, String id, DescriptorShape shape) {
        for (JsonNode item : items) {
            if (item.isObject() && id.equals(identity(item, shape))) {
                return (ObjectNode) item;
            }
        }
        return null;
    }

    /** The identity of an item: its identity keys' values joined with {@code /}, or {@code null}. */
    static String identity(JsonNode item, DescriptorShape shape) {
        List<String> keys = shape.identity();
        if (keys.stream().anyMatch(k -> !item.hasNonNull(k))) {
            return null;
        }
        return keys.stream().map(k -> item.get(k).asText()).collect(Collectors.joining("/"));
    }
}
