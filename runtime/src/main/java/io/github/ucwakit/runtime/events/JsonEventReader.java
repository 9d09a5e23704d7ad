package io.github.ucwakit.runtime.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaCodec;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.errors.ErrorJson;
import io.github.ucwakit.runtime.errors.JsonTrees;
import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON form of an event-channel response over a Jackson parser: {@code _links}, the {@code sender}
 * array and each sender's {@code events}. An embedded resource is read by the codec's binding of its rel, straight
 * from the stream; everything else that is not part of the format is kept as read. Not thread-safe.
 */
final class JsonEventReader {

    private final UcwaCodec codec;
    private final JsonParser parser;

    JsonEventReader(UcwaCodec codec, JsonParser parser) {
        this.codec = codec;
        this.parser = parser;
    }

    /** Reads the response object the parser is about to start. */
    EventChannelResponse read() throws IOException {
        String path = "$";
        startObject(parser.nextToken(), path);
        EventChannelResponse.Builder response = EventChannelResponse.builder();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("_links") && value == JsonToken.START_OBJECT) {
                links(tree(), response, path + "._links");
            } else if (name.equals("sender") && value == JsonToken.START_ARRAY) {
                for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                    response.addSender(sender(path + ".sender[" + i + "]"));
                }
            } else {
                response.unknownMember(name, JsonTrees.toValue(tree()));
            }
        }
        return response.build();
    }

    private static void links(JsonNode links, EventChannelResponse.Builder response, String path) {
        for (Map.Entry<String, JsonNode> entry : links.properties()) {
            String rel = entry.getKey();
            String at = path + "." + rel;
            JsonNode value = entry.getValue();
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    response.link(JsonTrees.link(value.get(i), rel, at + "[" + i + "]"));
                }
            } else if (rel.equals("self")) {
                response.self(JsonTrees.link(value, rel, at));
            } else if (!value.isNull()) {
                response.link(JsonTrees.link(value, rel, at));
            }
        }
    }

    private EventSender sender(String path) throws IOException {
        startObject(parser.currentToken(), path);
        String href = null;
        String title = null;
        List<Event> events = null;
        Map<String, JsonNode> unknown = new LinkedHashMap<>();
        String rel = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "rel" -> rel = JsonTrees.text(tree());
                case "href" -> href = JsonTrees.text(tree());
                case "title" -> title = JsonTrees.text(tree());
                case "events" -> {
                    if (value == JsonToken.START_ARRAY) {
                        events = new ArrayList<>();
                        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                            events.add(event(path + ".events[" + i + "]"));
                        }
                    } else {
                        unknown.put(name, tree());
                    }
                }
                default -> unknown.put(name, tree());
            }
        }
        if (rel == null) {
            throw new UcwaPayloadException("a sender needs a 'rel'", path);
        }
        EventSender.Builder sender = EventSender.builder(rel).href(href).title(title);
        if (events != null) {
            sender.events(events);
        }
        for (Map.Entry<String, JsonNode> member : unknown.entrySet()) {
            sender.unknownMember(member.getKey(), JsonTrees.toValue(member.getValue()));
        }
        return sender.build();
    }

    private Event event(String path) throws IOException {
        startObject(parser.currentToken(), path);
        Link link = null;
        Link in = null;
        String type = null;
        String status = null;
        String key = null;
        UcwaResource resource = null;
        UcwaError reason = null;
        Map<String, JsonNode> unknown = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "link" -> link = eventLink(tree(), path + ".link");
                case "in" -> in = value == JsonToken.VALUE_NULL ? null : eventLink(tree(), path + ".in");
                case "type" -> type = JsonTrees.text(tree());
                case "status" -> status = JsonTrees.text(tree());
                case "reason" -> reason = value == JsonToken.VALUE_NULL ? null
                        : ErrorJson.read(tree(), path + ".reason");
                case "_embedded" -> {
                    if (value == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String embeddedKey = parser.currentName();
                            JsonToken embedded = parser.nextToken();
                            if (embedded == JsonToken.VALUE_NULL) {
                                continue;
                            }
                            if (resource != null) {
                                throw new UcwaPayloadException("an event embeds one resource; found a second one"
                                        + " under '" + embeddedKey + "'", path + "._embedded");
                            }
                            startObject(embedded, path + "._embedded." + embeddedKey);
                            key = embeddedKey;
                            resource = JsonFormat.read(parser, codec::readResource, codec.dataHrefs());
                        }
                    } else {
                        unknown.put(name, tree());
                    }
                }
                default -> unknown.put(name, tree());
            }
        }
        if (type == null) {
            throw new UcwaPayloadException("an event needs a 'type'", path);
        }
        if (link == null) {
            throw new UcwaPayloadException("an event needs a 'link'", path);
        }
        Event.Builder event = Event.builder(EventType.of(type), link).in(in).status(status).reason(reason)
                .resource(key, resource);
        for (Map.Entry<String, JsonNode> member : unknown.entrySet()) {
            event.unknownMember(member.getKey(), JsonTrees.toValue(member.getValue()));
        }
        return event.build();
    }

    /** A link of an event, which names its own rel. */
    private static Link eventLink(JsonNode node, String path) {
        if (!node.isObject() || JsonTrees.text(node.get("rel")) == null) {
            throw new UcwaPayloadException("an event's link needs to be an object with a 'rel'", path);
        }
        return JsonTrees.link(node, "", path);
    }

    private JsonNode tree() throws IOException {
        return parser.readValueAsTree();
    }

    private static void startObject(JsonToken token, String path) {
        if (token != JsonToken.START_OBJECT) {
            throw new UcwaPayloadException("expected an object, found " + token, path);
        }
    }
}
