package io.github.ucwakit.importer.write;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of descriptors: the fixed key order of each kind of node, the lists each node holds and how the
 * items of a list are identified (so an override can match them).
 */
public enum DescriptorShape {
    RESOURCE(List.of("resource", "review", "description", "properties", "links", "embedded", "events",
            "operations", "scopes")),
    ENUMERATION(List.of("enumeration", "description", "members")),
    PROPERTY(List.of("name", "type", "review", "description")),
    LINK(List.of("rel", "target", "array", "review", "description")),
    EMBEDDED(List.of("key", "rel", "array", "review", "description")),
    EVENT(List.of("type", "priority", "sender", "description")),
    OPERATION(List.of("method", "review", "description", "request", "response", "status", "errors")),
    PARAMETER(List.of("name", "type", "required", "review", "description")),
    ERROR(List.of("error", "code", "subcode", "description")),
    SCOPE(List.of("name", "permission", "description")),
    MEMBER(List.of("name", "description"));

    private static final Map<String, DescriptorShape> LIST_ITEMS = Map.of(
            "properties", PROPERTY, "links", LINK, "embedded", EMBEDDED, "events", EVENT,
            "operations", OPERATION, "request", PARAMETER, "errors", ERROR, "scopes", SCOPE, "members", MEMBER);

    private final List<String> keys;

    DescriptorShape(List<String> keys) {
        this.keys = keys;
    }

    /** The keys of this node kind, in the order they are written. */
    public List<String> keys() {
        return keys;
    }

    /** The shape of the items of a list key, if the key holds a list of nodes. */
    public static Optional<DescriptorShape> itemsOf(String listKey) {
        return Optional.ofNullable(LIST_ITEMS.get(listKey));
    }

    /** The keys whose values identify an item of this shape among its siblings. */
    public List<String> identity() {
        return switch (this) {
            case RESOURCE -> List.of("resource");
            case ENUMERATION -> List.of("enumeration");
            case LINK -> List.of("rel");
            case EMBEDDED -> List.of("key");
            case EVENT -> List.of("type");
            case OPERATION -> List.of("method");
            case ERROR -> List.of("code", "subcode");
            default -> List.of("name");
        };
    }
}
