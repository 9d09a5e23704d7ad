package io.github.ucwakit.runtime.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.NameMap;
import io.github.ucwakit.runtime.PropertyValue;
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
import io.github.ucwakit.runtime.json.JsonValues;
import io.github.ucwakit.runtime.json.RelLookahead;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the JSON form of an event-channel response over a Jackson parser: {@code _links}, the {@code sender}
 * array and each sender's {@code events}. An embedded resource is read by the codec's binding of its rel, straight
 * from the stream; everything else that is not part of the format is kept as read. No tree is built: the reader
 * refuses a member given twice itself, with {@link Kind#DUPLICATE} at its path (a bit per member the format
 * defines, a {@link NameMap} of the others), so the parser needs no duplicate detection of its own. Not
 * thread-safe.
 */
final class JsonEventReader {

    /** The members the format defines, one bit each in the set of those an object has given. */
    private static final int LINKS = 1;
    private static final int SENDER = 2;
    private static final int REL = 1;
    private static final int HREF = 2;
    private static final int TITLE = 4;
    private static final int EVENTS = 8;
    private static final int LINK = 1;
    private static final int IN = 2;
    private static final int TYPE = 4;
    private static final int STATUS = 8;
    private static final int REASON = 16;
    private static final int EMBEDDED = 32;

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
        int given = 0;
        NameMap<PropertyValue> unknown = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            if (name.equals("_links")) {
                given = once(given, LINKS, name, -1, -1);
                if (expect(value, JsonToken.START_OBJECT, "$._links")) {
                    new JsonResponseLinks(parser).read(response);
                }
            } else if (name.equals("sender")) {
                given = once(given, SENDER, name, -1, -1);
                if (expect(value, JsonToken.START_ARRAY, "$.sender")) {
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                        response.addSender(sender(i));
                    }
                }
            } else {
                unknown = keep(unknown, name, WireNames.Owner.RESPONSE, -1, -1);
            }
        }
        if (unknown != null) {
            unknown.forEach(response::unknownMember);
        }
        return response.build();
    }

    private EventSender sender(int index) throws IOException {
        startObject(parser.currentToken(), index, -1, "");
        String href = null;
        String title = null;
        List<Event> events = null;
        NameMap<PropertyValue> unknown = null;
        String rel = null;
        int given = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "rel" -> {
                    given = once(given, REL, name, index, -1);
                    rel = text(value);
                }
                case "href" -> {
                    given = once(given, HREF, name, index, -1);
                    href = text(value);
                }
                case "title" -> {
                    given = once(given, TITLE, name, index, -1);
                    title = text(value);
                }
                case "events" -> {
                    given = once(given, EVENTS, name, index, -1);
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
            unknown.forEach(sender::unknownMember);
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
        NameMap<PropertyValue> unknown = null;
        int given = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "link" -> {
                    given = once(given, LINK, name, senderIndex, index);
                    link = eventLink(value, senderIndex, index, ".link");
                }
                case "in" -> {
                    given = once(given, IN, name, senderIndex, index);
                    in = value == JsonToken.VALUE_NULL ? null : eventLink(value, senderIndex, index, ".in");
                }
                case "type" -> {
                    given = once(given, TYPE, name, senderIndex, index);
                    type = value == JsonToken.VALUE_NULL ? null : eventType(text(value), senderIndex, index);
                }
                case "status" -> {
                    given = once(given, STATUS, name, senderIndex, index);
                    status = text(value);
                }
                case "reason" -> {
                    given = once(given, REASON, name, senderIndex, index);
                    reason = value == JsonToken.VALUE_NULL ? null
                            : ErrorJson.read(parser, path(senderIndex, index, ".reason"));
                }
                case "_embedded" -> {
                    given = once(given, EMBEDDED, name, senderIndex, index);
                    if (expect(value, JsonToken.START_OBJECT, path(senderIndex, index, "._embedded"))) {
                        String firstKey = null;
                        NameMap<Boolean> keys = null;
                        for (String embeddedKey = parser.nextFieldName(); embeddedKey != null;
                                embeddedKey = parser.nextFieldName()) {
                            if (firstKey == null) {
                                firstKey = embeddedKey;
                            } else {
                                if (keys == null) {
                                    keys = new NameMap<>();
                                    keys.put(firstKey, Boolean.TRUE);
                                }
                                if (!keys.putNew(embeddedKey, Boolean.TRUE)) {
                                    throw new UcwaPayloadException(Kind.DUPLICATE, "'" + embeddedKey
                                            + "' is given twice", JsonPaths.member(path(senderIndex, index,
                                            "._embedded"), embeddedKey));
                                }
                            }
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
            unknown.forEach(event::unknownMember);
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
     * {@link WireNames} and refused with {@link Kind#DUPLICATE} the second time; {@code senderIndex} -1 for the
     * response, {@code index} -1 for a sender.
     */
    private NameMap<PropertyValue> keep(NameMap<PropertyValue> unknown, String name, WireNames.Owner owner,
            int senderIndex, int index) throws IOException {
        if (!WireNames.allowed(owner, name)) {
            throw WireNames.refusal(owner, name, memberPath(senderIndex, index, name));
        }
        NameMap<PropertyValue> members = unknown == null ? new NameMap<>() : unknown;
        if (!members.putNew(name, JsonValues.read(parser, () -> memberPath(senderIndex, index, name)))) {
            throw new UcwaPayloadException(Kind.DUPLICATE, "'" + name + "' is given twice",
                    memberPath(senderIndex, index, name));
        }
        return members;
    }

    /**
     * Marks a member the format defines as given, refusing it with {@link Kind#DUPLICATE} the second time:
     * {@code given} holds a bit per member.
     */
    private static int once(int given, int bit, String name, int senderIndex, int index) {
        if ((given & bit) != 0) {
            throw new UcwaPayloadException(Kind.DUPLICATE, "'" + name + "' is given twice",
                    memberPath(senderIndex, index, name));
        }
        return given | bit;
    }

    /** The path of a member of the response ({@code senderIndex} -1), a sender ({@code index} -1) or an event. */
    private static String memberPath(int senderIndex, int index, String name) {
        return JsonPaths.member(senderIndex < 0 ? JsonPaths.ROOT : path(senderIndex, index, ""), name);
    }

    /**
     * A link of an event, which names its own rel, read from the stream: its rel, its string href and its title; one
     * of them given twice is refused with {@link Kind#DUPLICATE}, other members are read past.
     */
    private Link eventLink(JsonToken token, int senderIndex, int index, String member) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw notAnEventLink(path(senderIndex, index, member));
        }
        String rel = null;
        String href = null;
        String title = null;
        int given = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "rel" -> {
                    given = linkMemberOnce(given, REL, name, senderIndex, index, member);
                    rel = text(value);
                }
                case "href" -> {
                    given = linkMemberOnce(given, HREF, name, senderIndex, index, member);
                    href = value == JsonToken.VALUE_STRING ? parser.getText() : nonText();
                }
                case "title" -> {
                    given = linkMemberOnce(given, TITLE, name, senderIndex, index, member);
                    title = text(value);
                }
                default -> parser.skipChildren();
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

    /** As {@link #once}, for a member of the event's link object {@code member} ({@code .link}, {@code .in}). */
    private static int linkMemberOnce(int given, int bit, String name, int senderIndex, int index, String member) {
        if ((given & bit) != 0) {
            throw new UcwaPayloadException(Kind.DUPLICATE, "'" + name + "' is given twice",
                    JsonPaths.member(path(senderIndex, index, member), name));
        }
        return given | bit;
    }

    private static UcwaPayloadException notAnEventLink(String path) {
        return new UcwaPayloadException("an event's link needs to be an object with a 'rel'", path);
    }

    /**
     * The text of the value the parser stands on: a string as it is, another scalar in its lexical form,
     * {@code null} for JSON null, an array or object (read to its end, each name once) as compact JSON.
     */
    private String text(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        return JsonValues.text(JsonValues.read(parser, () -> JsonPaths.of(parser.getParsingContext(), "$")));
    }

    /** Reads past a value that is not a string, for a member that must be one. */
    private String nonText() throws IOException {
        parser.skipChildren();
        return null;
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
