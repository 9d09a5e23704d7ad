package io.github.ucwakit.schema.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabulary of descriptors, defined once: for each kind of node, the keys it may hold in the order they are
 * written, the lists of nodes it holds, and the keys that identify a node among its siblings. The parser accepts
 * exactly these keys, the importer writes them in this order, and a test holds the JSON Schema for editors to them.
 */
public enum DescriptorShape {
    RESOURCE("resource descriptor", List.of(Keys.SCHEMA, "resource", Keys.REVIEW, Keys.DESCRIPTION, "properties",
            "links", "embedded", "events", "operations", "scopes")),
    ENUMERATION("enumeration descriptor", List.of(Keys.SCHEMA, "enumeration", Keys.DESCRIPTION, "members")),
    PROPERTY("property", List.of("name", "type", Keys.JAVA_NAME, Keys.REVIEW, Keys.DESCRIPTION)),
    LINK("link", List.of("rel", "target", "array", Keys.JAVA_NAME, Keys.REVIEW, Keys.DESCRIPTION)),
    EMBEDDED("embedded resource", List.of("key", "rel", "array", Keys.JAVA_NAME, Keys.REVIEW, Keys.DESCRIPTION)),
    EVENT("event", List.of("type", "priority", "sender", Keys.DESCRIPTION)),
    OPERATION("operation", List.of("method", Keys.REVIEW, Keys.DESCRIPTION, "request", "response", "status",
            "errors")),
    PARAMETER("request parameter", List.of("name", "type", "required", Keys.JAVA_NAME, Keys.REVIEW,
            Keys.DESCRIPTION)),
    ERROR("error row", List.of("error", "code", "subcode", Keys.DESCRIPTION)),
    SCOPE("scope", List.of("name", "permission", Keys.DESCRIPTION)),
    MEMBER("member", List.of("name", Keys.JAVA_NAME, Keys.DESCRIPTION));

    /** Keys that several kinds of node share. */
    public static final class Keys {
        /** The JSON Schema a descriptor names for editors; accepted at the root and ignored. */
        public static final String SCHEMA = "$schema";
        public static final String DESCRIPTION = "description";
        /** A Java name that replaces the one derived from the wire name. */
        public static final String JAVA_NAME = "javaName";
        /** A note for a reviewer, written by the importer where it guessed. */
        public static final String REVIEW = "review";

        private Keys() {}
    }

    private static final Map<String, DescriptorShape> LIST_ITEMS = Map.of(
            "properties", PROPERTY, "links", LINK, "embedded", EMBEDDED, "events", EVENT,
            "operations", OPERATION, "request", PARAMETER, "errors", ERROR, "scopes", SCOPE, "members", MEMBER);

    private final String label;
    private final List<String> keys;

    DescriptorShape(String label, List<String> keys) {
        this.label = label;
        this.keys = keys;
    }

    /** What a node of this kind is called in messages: {@code property}, {@code error row}, ... */
    public String label() {
        return label;
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
