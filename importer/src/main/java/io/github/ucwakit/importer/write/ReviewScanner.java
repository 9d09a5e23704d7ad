package io.github.ucwakit.importer.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the {@code review:} keys of a descriptor tree, each with a path naming its node. */
public final class ReviewScanner {

    /** A review key found: the node's path and the reason. */
    public record Found(String node, String reason) {}

    private ReviewScanner() {}

    public static List<Found> scan(ObjectNode tree, DescriptorShape shape) {
        List<Found> found = new ArrayList<>();
        scan(tree, shape, "", found);
        return found;
    }

    private static void scan(JsonNode node, DescriptorShape shape, String path, List<Found> found) {
        JsonNode review = node.get("review");
        if (review != null && review.isTextual()) {
            found.add(new Found(path, review.asText()));
        }
        for (String key : shape.keys()) {
            Optional<DescriptorShape> items = DescriptorShape.itemsOf(key);
            JsonNode list = node.get(key);
            if (items.isEmpty() || list == null || !list.isArray()) {
                continue;
            }
            for (JsonNode item : list) {
                String id = OverrideMerger.identity(item, items.get());
                String itemPath = (path.isEmpty() ? "" : path + ".") + key + "[" + (id == null ? "?" : id) + "]";
                scan(item, items.get(), itemPath, found);
            }
        }
    }
}
