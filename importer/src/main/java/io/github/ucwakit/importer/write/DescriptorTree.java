package io.github.ucwakit.importer.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.importer.draft.DraftEmbedded;
import io.github.ucwakit.importer.draft.DraftEnumeration;
import io.github.ucwakit.importer.draft.DraftError;
import io.github.ucwakit.importer.draft.DraftEvent;
import io.github.ucwakit.importer.draft.DraftLink;
import io.github.ucwakit.importer.draft.DraftMember;
import io.github.ucwakit.importer.draft.DraftOperation;
import io.github.ucwakit.importer.draft.DraftParameter;
import io.github.ucwakit.importer.draft.DraftProperty;
import io.github.ucwakit.importer.draft.DraftResource;
import io.github.ucwakit.importer.draft.DraftScope;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.util.List;
import java.util.function.Function;

/**
 * Turns drafts into descriptor trees in the brief's format, keys in {@link DescriptorShape} order. Defaults are
 * left out: absent values, empty lists, {@code array: false}, {@code required: false}, an embedded rel equal to
 * its key.
 */
public final class DescriptorTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DescriptorTree() {}

    public static ObjectNode of(DraftResource resource) {
        ObjectNode node = NODES.objectNode();
        put(node, "resource", resource.name());
        put(node, "review", resource.review());
        put(node, "description", resource.description());
        list(node, "properties", resource.properties(), DescriptorTree::property);
        list(node, "links", resource.links(), DescriptorTree::link);
        list(node, "embedded", resource.embedded(), DescriptorTree::embedded);
        list(node, "events", resource.events(), DescriptorTree::event);
        list(node, "operations", resource.operations(), DescriptorTree::operation);
        list(node, "scopes", resource.scopes(), DescriptorTree::scope);
        return node;
    }

    public static ObjectNode of(DraftEnumeration enumeration) {
        ObjectNode node = NODES.objectNode();
        put(node, "enumeration", enumeration.name());
        put(node, "description", enumeration.description());
        list(node, "members", enumeration.members(), DescriptorTree::member);
        return node;
    }

    private static ObjectNode property(DraftProperty p) {
        ObjectNode node = NODES.objectNode();
        put(node, "name", p.name());
        put(node, "type", p.type());
        put(node, "review", p.review());
        put(node, "description", p.description());
        return node;
    }

    private static ObjectNode link(DraftLink l) {
        ObjectNode node = NODES.objectNode();
        put(node, "rel", l.rel());
        flag(node, "array", l.array());
        put(node, "review", l.review());
        put(node, "description", l.description());
        return node;
    }

    private static ObjectNode embedded(DraftEmbedded e) {
        ObjectNode node = NODES.objectNode();
        put(node, "key", e.key());
        if (!e.rel().equals(e.key())) {
            put(node, "rel", e.rel());
        }
        flag(node, "array", e.array());
        put(node, "review", e.review());
        put(node, "description", e.description());
        return node;
    }

    private static ObjectNode event(DraftEvent e) {
        ObjectNode node = NODES.objectNode();
        put(node, "type", e.type());
        put(node, "priority", e.priority());
        put(node, "sender", e.sender());
        put(node, "description", e.description());
        return node;
    }

    private static ObjectNode operation(DraftOperation o) {
        ObjectNode node = NODES.objectNode();
        put(node, "method", o.method());
        put(node, "review", o.review());
        put(node, "description", o.description());
        list(node, "request", o.request(), DescriptorTree::parameter);
        put(node, "response", o.response());
        if (o.status() != null) {
            node.put("status", o.status().intValue());
        }
        list(node, "errors", o.errors(), DescriptorTree::error);
        return node;
    }

    private static ObjectNode parameter(DraftParameter p) {
        ObjectNode node = NODES.objectNode();
        put(node, "name", p.name());
        put(node, "type", p.type());
        flag(node, "required", p.required());
        put(node, "review", p.review());
        put(node, "description", p.description());
        return node;
    }

    private static ObjectNode error(DraftError e) {
        ObjectNode node = NODES.objectNode();
        put(node, "error", e.error());
        node.put("code", e.code());
        put(node, "subcode", e.subcode());
        put(node, "description", e.description());
        return node;
    }

    private static ObjectNode scope(DraftScope s) {
        ObjectNode node = NODES.objectNode();
        put(node, "name", s.name());
        put(node, "permission", s.permission());
        put(node, "description", s.description());
        return node;
    }

    private static ObjectNode member(DraftMember m) {
        ObjectNode node = NODES.objectNode();
        put(node, "name", m.name());
        put(node, "description", m.description());
        return node;
    }

    private static void put(ObjectNode node, String key, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(key, value);
        }
    }

    private static void flag(ObjectNode node, String key, boolean value) {
        if (value) {
            node.put(key, true);
        }
    }

    private static <T> void list(ObjectNode node, String key, List<T> items, Function<T, ObjectNode> item) {
        if (!items.isEmpty()) {
            ArrayNode array = node.putArray(key);
            items.forEach(i -> array.add(item.apply(i)));
        }
    }
}
