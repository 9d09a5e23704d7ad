package io.github.ucwakit.runtime.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.NameMap;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.errors.ErrorJson;
import io.github.ucwakit.runtime.json.JsonPaths;
import io.github.ucwakit.runtime.json.JsonValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code _links} object of an event-channel response from the stream: the whole object is read before
 * any link is checked, in the order of its rels. A rel given twice, or a member given twice in a link object, is
 * refused with {@link Kind#DUPLICATE} at its path. The common link members with string or null values are read as
 * they stream by; any other value is read as a {@link PropertyValue} and judged as {@link ErrorJson#link} judges
 * it. Not thread-safe.
 */
final class JsonResponseLinks {

    private static final String PATH = "$._links";

    private final JsonParser parser;

    JsonResponseLinks(JsonParser parser) {
        this.parser = parser;
    }

    /** Reads the object whose opening brace the parser stands on into the response's self and links. */
    void read(EventChannelResponse.Builder response) throws IOException {
        NameMap<Object> byRel = new NameMap<>();
        for (String rel = parser.nextFieldName(); rel != null; rel = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            if (!byRel.putNew(rel, value == JsonToken.START_ARRAY ? items(rel) : item(value, rel, -1))) {
                throw new UcwaPayloadException(Kind.DUPLICATE, "'" + rel + "' is given twice", path(rel, -1));
            }
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
            } else if (!(value instanceof PropertyValue.Null)) {
                response.link(link(value, rel, -1));
            }
        }
    }

    /** The items of the array the parser stands on. */
    private List<Object> items(String rel) throws IOException {
        List<Object> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(item(token, rel, items.size()));
        }
        return items;
    }

    /** A link object read from the stream, an href, or another value as read. */
    private Object item(JsonToken token, String rel, int index) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token != JsonToken.START_OBJECT) {
            return JsonValues.read(parser, () -> path(rel, index));
        }
        LinkObject link = new LinkObject();
        for (String next = parser.nextFieldName(); next != null; next = parser.nextFieldName()) {
            String name = next;
            JsonToken value = parser.nextToken();
            Object member = value == JsonToken.VALUE_STRING ? parser.getText() : value == JsonToken.VALUE_NULL
                    ? null : JsonValues.read(parser, () -> JsonPaths.member(path(rel, index), name));
            if (!link.member(name, member)) {
                throw new UcwaPayloadException(Kind.DUPLICATE, "'" + name + "' is given twice",
                        JsonPaths.member(path(rel, index), name));
            }
        }
        return link;
    }

    /** The link of a value; {@code index} -1 outside an array. */
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
        return ErrorJson.link((PropertyValue) value, rel, path(rel, index));
    }

    private static String path(String rel, int index) {
        String at = JsonPaths.member(PATH, rel);
        return index < 0 ? at : at + "[" + index + "]";
    }

    /**
     * What a link object gives: its href when it is a string, and the text of its rel and title. Other members
     * are read past, each name once.
     */
    private static final class LinkObject {

        private String href;
        private String rel;
        private String title;
        private int given;
        /** The names of other members, made for the first. */
        private NameMap<Boolean> others;

        /** A member: its string value, {@code null} for JSON null, or else its value; {@code false} if given before. */
        boolean member(String name, Object value) {
            switch (name) {
                case "href" -> href = value instanceof String text ? text : null;
                case "rel" -> rel = text(value);
                case "title" -> title = text(value);
                default -> {
                    others = others == null ? new NameMap<>() : others;
                    return others.putNew(name, Boolean.TRUE);
                }
            }
            int bit = name.equals("href") ? 1 : name.equals("rel") ? 2 : 4;
            boolean first = (given & bit) == 0;
            given |= bit;
            return first;
        }

        private static String text(Object value) {
            return value instanceof PropertyValue read ? JsonValues.text(read) : (String) value;
        }
    }
}
