package io.github.ucwakit.runtime.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.WireNames;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorJson;
import io.github.ucwakit.runtime.errors.UcwaError;
import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.json.JsonPaths;
import io.github.ucwakit.runtime.json.JsonTrees;
import io.github.ucwakit.runtime.json.RelLookahead;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the JSON form of an event-channel response over a Jackson parser: {@code _links}, the {@code sender}
 * array and each sender's {@code events}. An embedded resource is read by the codec's binding of its rel, straight
 * from the stream; everything else that is not part of the format is kept as read. Not thread-safe.
 */
final class JsonEventReader {

    private final UcwaCodec codec;
    /** Reads an embedded resource with the codec's binding of its rel. */
    private final Function<ResourceReader, UcwaResource> readResource;
    private final RelLookahead lookahead;
    /** The parser reading the document: the given one, or one that replaced it after a wrong guess of a rel. */
    private JsonParser parser;

    /**
     * @param lookahead finds the rel of an embedded resource in the document held in memory, or {@code null} for
     *     a stream, where the members before a late rel are buffered
     */
    JsonEventReader(UcwaCodec codec, JsonParser parser, RelLookahead lookahead) {
        this.codec = codec;
        this.readResource = codec::readResource;
        this.parser = parser;
        this.lookahead = lookahead;
    }

    /**
     * Reads the response object the parser is about to start, and checks that nothing follows it. A parser that
     * replaced the given one (see {@link RelLookahead}) is closed; the given one is left to the caller.
     */
    EventChannelResponse readDocument() throws IOException {
        JsonParser given = parser;
        try {
            EventChannelResponse response = read();
            if (parser.nextToken() != null) {
                throw new UcwaPayloadException("unexpected content after the event-channel response", "$");
            }
            return response;
        } finally {
            if (parser != given) {
                parser.close();
            }
        }
    }

    /** Reads the response object the parser is about to start. */
    private EventChannelResponse read() throws IOException {
        startObject(parser.nextToken(), "$");
        EventChannelResponse.Builder response = EventChannelResponse.builder();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            if (name.equals("_links")) {
                if (expect(value, JsonToken.START_OBJECT, "$._links")) {
                    new JsonResponseLinks(parser).read(response);
                }
            } else if (name.equals("sender")) {
                if (expect(value, JsonToken.START_ARRAY, "$.sender")) {
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                        response.addSender(sender(i));
                    }
                }
            } else {
                WireNames.check(WireNames.Owner.RESPONSE, name, JsonPaths.member(JsonPaths.ROOT, name));
                response.unknownMember(name, JsonTrees.toValue(tree()));
            }
        }
        return response.build();
    }

    private EventSender sender(int index) throws IOException {
        startObject(parser.currentToken(), index, -1, "");
        String href = null;
        String title = null;
        List<Event> events = null;
        Map<String, JsonNode> unknown = null;
        String rel = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "rel" -> rel = text(value);
                case "href" -> href = text(value);
                case "title" -> title = text(value);
                case "events" -> {
                    if (expect(value, JsonToken.START_ARRAY, path(index, -1, ".events"))) {
                        events = new ArrayList<>();
                        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                            events.add(event(index, i));
                        }
                    }
                }
                default -> unknown = keep(unknown, name, WireNames.Owner.SENDER, index, -1);
            }
        }
        if (rel == null) {
            throw new UcwaPayloadException("a sender needs a 'rel'", path(index, -1, ""));
        }
        EventSender.Builder sender = EventSender.builder(rel).href(href).title(title);
        if (events != null) {
            sender.events(events);
        }
        if (unknown != null) {
            for (Map.Entry<String, JsonNode> member : unknown.entrySet()) {
                sender.unknownMember(member.getKey(), JsonTrees.toValue(member.getValue()));
            }
        }
        return sender.build();
    }

    private Event event(int senderIndex, int index) throws IOException {
        startObject(parser.currentToken(), senderIndex, index, "");
        Link link = null;
        Link in = null;
        String type = null;
        String status = null;
        String key = null;
        UcwaResource resource = null;
        UcwaError reason = null;
        Map<String, JsonNode> unknown = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "link" -> link = eventLink(value, senderIndex, index, ".link");
                case "in" -> in = value == JsonToken.VALUE_NULL ? null : eventLink(value, senderIndex, index, ".in");
                case "type" -> type = value == JsonToken.VALUE_NULL ? null : eventType(text(value), senderIndex, index);
                case "status" -> status = text(value);
                case "reason" -> reason = value == JsonToken.VALUE_NULL ? null
                        : ErrorJson.read(tree(), path(senderIndex, index, ".reason"));
                case "_embedded" -> {
                    if (expect(value, JsonToken.START_OBJECT, path(senderIndex, index, "._embedded"))) {
                        for (String embeddedKey = parser.nextFieldName(); embeddedKey != null;
                                embeddedKey = parser.nextFieldName()) {
                            JsonToken embedded = parser.nextToken();
                            if (embedded == JsonToken.VALUE_NULL) {
                                continue;
                            }
                            if (resource != null) {
                                throw new UcwaPayloadException("an event embeds one resource; found a second one"
                                        + " under '" + embeddedKey + "'", path(senderIndex, index, "._embedded"));
                            }
                            startObject(embedded, senderIndex, index, "._embedded." + embeddedKey);
                            key = embeddedKey;
                            resource = embedded(embeddedKey, path(senderIndex, index, "._embedded"));
                        }
                    }
                }
                default -> unknown = keep(unknown, name, WireNames.Owner.EVENT, senderIndex, index);
            }
        }
        if (type == null) {
            throw new UcwaPayloadException("an event needs a 'type'", path(senderIndex, index, ""));
        }
        if (link == null) {
            throw new UcwaPayloadException("an event needs a 'link'", path(senderIndex, index, ""));
        }
        Event.Builder event = Event.builder(EventType.of(type), link).in(in).status(status).reason(reason)
                .resource(key, resource);
        if (unknown != null) {
            for (Map.Entry<String, JsonNode> member : unknown.entrySet()) {
                event.unknownMember(member.getKey(), JsonTrees.toValue(member.getValue()));
            }
        }
        return event.build();
    }

    /**
     * The resource embedded under {@code key}, read by the codec's binding of its rel. From a document in memory,
     * the rel is first taken to be the key, as it usually is, so that a late {@code rel} costs no second look.
     */
    private UcwaResource embedded(String key, String embeddedPath) throws IOException {
        try {
            if (lookahead == null) {
                return JsonFormat.read(parser, readResource, codec.dataHrefs());
            }
            RelLookahead.Read<UcwaResource> read = lookahead.read(parser, key, readResource, codec.dataHrefs());
            parser = read.parser();
            return read.value();
        } catch (UcwaPayloadException e) {
            throw inDocument(e, JsonPaths.member(embeddedPath, key));
        }
    }

    /**
     * A failure reading an embedded resource, located in the whole document: the resource's reader locates its
     * members from the resource ({@code $.subject}); a failure the parser located in the document stays as it is.
     */
    private static UcwaPayloadException inDocument(UcwaPayloadException e, String resourcePath) {
        String location = e.location();
        if (location == null || !location.startsWith(JsonPaths.ROOT) || location.startsWith("$.sender")) {
            return e;
        }
        return e.at(resourcePath + location.substring(JsonPaths.ROOT.length()));
    }

    /**
     * Whether the value the parser stands on is the container the format expects there: {@code false} for
     * {@code null}, which counts as absent; anything else is {@link Kind#WRONG_TYPE}.
     */
    private static boolean expect(JsonToken value, JsonToken expected, String path) {
        if (value == expected) {
            return true;
        }
        if (value == JsonToken.VALUE_NULL) {
            return false;
        }
        throw new UcwaPayloadException(Kind.WRONG_TYPE, "expected " + (expected == JsonToken.START_ARRAY
                ? "an array" : "an object") + ", found " + value, path);
    }

    /** An event's type, refused at its path (built only then) when it breaks the {@link WireNames} rule. */
    private String eventType(String type, int senderIndex, int index) {
        if (type != null && !WireNames.allowed(WireNames.Owner.EVENT_TYPE, type)) {
            throw WireNames.refusal(WireNames.Owner.EVENT_TYPE, type, path(senderIndex, index, ".type"));
        }
        return type;
    }

    /**
     * Keeps the value the parser stands on as a member the format does not define, its name checked by
     * {@link WireNames}.
     */
    private Map<String, JsonNode> keep(Map<String, JsonNode> unknown, String name, WireNames.Owner owner,
            int senderIndex, int index) throws IOException {
        if (!WireNames.allowed(owner, name)) {
            throw WireNames.refusal(owner, name, JsonPaths.member(path(senderIndex, index, ""), name));
        }
        Map<String, JsonNode> members = unknown == null ? new LinkedHashMap<>() : unknown;
        members.put(name, tree());
        return members;
    }

    /**
     * A link of an event, which names its own rel, read from the stream: the same link, and the same errors, as
     * {@link JsonTrees#link} gives for the object's tree (a member given twice counts once, with its last value).
     */
    private Link eventLink(JsonToken token, int senderIndex, int index, String member) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            tree();
            throw notAnEventLink(path(senderIndex, index, member));
        }
        String rel = null;
        String href = null;
        String title = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "rel" -> rel = text(value);
                case "href" -> href = value == JsonToken.VALUE_STRING ? parser.getText() : nonText();
                case "title" -> title = text(value);
                default -> tree();
            }
        }
        if (rel == null) {
            throw notAnEventLink(path(senderIndex, index, member));
        }
        if (href == null) {
            throw new UcwaPayloadException("a link needs a string 'href'", path(senderIndex, index, member));
        }
        return Link.of(rel, href, title);
    }

    private static UcwaPayloadException notAnEventLink(String path) {
        return new UcwaPayloadException("an event's link needs to be an object with a 'rel'", path);
    }

    /** The text of the scalar the parser stands on, as {@link JsonTrees#text} gives it for its tree. */
    private String text(JsonToken token) throws IOException {
        return token == JsonToken.VALUE_STRING ? parser.getText() : JsonTrees.text(tree());
    }

    /** Reads past a value that is not a string, for a member that must be one. */
    private String nonText() throws IOException {
        tree();
        return null;
    }

    private JsonNode tree() throws IOException {
        return parser.readValueAsTree();
    }

    private static void startObject(JsonToken token, String path) {
        if (token != JsonToken.START_OBJECT) {
            throw new UcwaPayloadException("expected an object, found " + token, path);
        }
    }

    private static void startObject(JsonToken token, int senderIndex, int index, String member) {
        if (token != JsonToken.START_OBJECT) {
            startObject(token, path(senderIndex, index, member));
        }
    }

    /**
     * The JSON path of a sender ({@code index} -1) or of an event, with {@code member} appended; built only for an
     * error.
     */
    private static String path(int senderIndex, int index, String member) {
        String sender = "$.sender[" + senderIndex + "]";
        return (index < 0 ? sender : sender + ".events[" + index + "]") + member;
    }
}
