package io.github.ucwakit.runtime.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.json.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code _links} object of an event-channel response from the stream, giving the links, and the errors,
 * that {@link JsonTrees#link} gives for the object's tree: the whole object is read before any link is checked, a
 * rel given twice keeps its first place and its last value, and so does a member of a link object. Only the common
 * link members with string or null values are read without a tree; any other value is read as a tree and judged
 * as {@link JsonTrees} judges it. Not thread-safe.
 */
final class JsonResponseLinks {

    private static final String PATH = "$._links";

    private final JsonParser parser;

    JsonResponseLinks(JsonParser parser) {
        this.parser = parser;
    }

    /** Reads the object whose opening brace the parser stands on into the response's self and links. */
    void read(EventChannelResponse.Builder response) throws IOException {
        Map<String, Object> byRel = new LinkedHashMap<>();
        for (String rel = parser.nextFieldName(); rel != null; rel = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            byRel.put(rel, value == JsonToken.START_ARRAY ? items() : item(value));
        }
        for (Map.Entry<String, Object> entry : byRel.entrySet()) {
            String rel = entry.getKey();
            Object value = entry.getValue();
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    response.link(link(items.get(i), rel, i));
                }
            } else if (rel.equals("self")) {
                response.self(link(value, rel, -1));
            } else if (!(value instanceof JsonNode node && node.isNull())) {
                response.link(link(value, rel, -1));
            }
        }
    }

    /** The items of the array the parser stands on. */
    private List<Object> items() throws IOException {
        List<Object> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(item(token));
        }
        return items;
    }

    /** A link object read from the stream, or the value as a tree when it is not an object. */
    private Object item(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token != JsonToken.START_OBJECT) {
            return tree();
        }
        LinkObject link = new LinkObject();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            boolean text = value == JsonToken.VALUE_STRING;
            if (!text && value != JsonToken.VALUE_NULL) {
                link.member(name, tree());
            } else {
                link.member(name, text ? parser.getText() : null);
            }
        }
        return link;
    }

    private JsonNode tree() throws IOException {
        return parser.readValueAsTree();
    }

    /** The link of a value as {@link JsonTrees#link} gives it; {@code index} -1 outside an array. */
    private static Link link(Object value, String rel, int index) {
        if (value instanceof String href) {
            return Link.of(rel, href);
        }
        if (value instanceof LinkObject link) {
            if (link.href == null) {
                throw new UcwaPayloadException("a link needs a string 'href'", path(rel, index));
            }
            return Link.of(link.rel == null ? rel : link.rel, link.href, link.title);
        }
        return JsonTrees.link((JsonNode) value, rel, path(rel, index));
    }

    private static String path(String rel, int index) {
        String at = PATH + "." + rel;
        return index < 0 ? at : at + "[" + index + "]";
    }

    /**
     * What {@link JsonTrees#link} takes from a link object: its href when it is a string, and the text of its rel
     * and title; the last of a member given twice counts.
     */
    private static final class LinkObject {

        private String href;
        private String rel;
        private String title;

        /** A member: its string value, {@code null} for JSON null, or else its tree. */
        void member(String name, Object value) {
            switch (name) {
                case "href" -> href = value instanceof String text ? text : null;
                case "rel" -> rel = text(value);
                case "title" -> title = text(value);
                default -> { }
            }
        }

        private static String text(Object value) {
            return value instanceof JsonNode node ? JsonTrees.text(node) : (String) value;
        }
    }
}
