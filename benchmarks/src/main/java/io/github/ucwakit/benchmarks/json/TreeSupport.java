package io.github.ucwakit.benchmarks.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.benchmarks.handwritten.Href;
import io.github.ucwakit.benchmarks.handwritten.LinkRef;
import io.github.ucwakit.benchmarks.handwritten.MsDates;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The field access a user writes around {@code ObjectMapper.readTree} and {@code ObjectNode}. */
final class TreeSupport {

    private TreeSupport() {}

    static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.intValue();
    }

    static Boolean bool(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.booleanValue();
    }

    static OffsetDateTime date(JsonNode node, String name) {
        String text = text(node, name);
        return text == null ? null : MsDates.parse(text);
    }

    static List<String> strings(JsonNode node, String name) {
        JsonNode array = node.get(name);
        if (array == null || array.isNull()) {
            return null;
        }
        List<String> values = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            values.add(item.asText());
        }
        return values;
    }

    static Href href(JsonNode links, String rel) {
        JsonNode link = links.get(rel);
        return link == null ? null : new Href(text(link, "href"), text(link, "title"));
    }

    static LinkRef linkRef(JsonNode node, String name) {
        JsonNode link = node.get(name);
        return link == null ? null : new LinkRef(text(link, "rel"), text(link, "href"), text(link, "title"));
    }

    static void put(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static void put(ObjectNode node, String name, Integer value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static void put(ObjectNode node, String name, Boolean value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static void put(ObjectNode node, String name, OffsetDateTime value) {
        if (value != null) {
            node.put(name, MsDates.format(value));
        }
    }

    static void put(ObjectNode node, String name, List<String> values) {
        if (values != null) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }

    static void put(ObjectNode links, String rel, Href href) {
        if (href != null) {
            ObjectNode link = links.putObject(rel);
            link.put("href", href.href());
            put(link, "title", href.title());
        }
    }

    static void put(ObjectNode node, String name, LinkRef ref) {
        if (ref != null) {
            ObjectNode link = node.putObject(name);
            put(link, "rel", ref.rel());
            put(link, "href", ref.href());
            put(link, "title", ref.title());
        }
    }
}
