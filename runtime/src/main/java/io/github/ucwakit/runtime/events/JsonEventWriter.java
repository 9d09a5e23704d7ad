package io.github.ucwakit.runtime.events;

import io.github.ucwakit.runtime.NameSet;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.WireNames;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorJson;
import io.github.ucwakit.runtime.json.JsonNames;
import io.github.ucwakit.runtime.json.JsonPaths;
import io.github.ucwakit.runtime.json.JsonResourceWriter;
import io.github.ucwakit.runtime.json.JsonTrees;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON form of an event-channel response: {@code _links} (self first), the {@code sender} array (left
 * out when there is no sender: a timeout answer holds just its links, as {@code EventsInUCWA.md} says), and
 * each event with its {@code link}, {@code in}, {@code status}, {@code _embedded} resource (written by the
 * codec's binding of its class), {@code reason}, kept members and {@code type}. Not thread-safe.
 */
final class JsonEventWriter {

    private static final SerializedString SENDER = new SerializedString("sender");
    private static final SerializedString EVENTS = new SerializedString("events");
    private static final SerializedString LINK = new SerializedString("link");
    private static final SerializedString IN = new SerializedString("in");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString TYPE = new SerializedString("type");

    private final UcwaCodec codec;
    private final JsonGenerator generator;

    JsonEventWriter(UcwaCodec codec, JsonGenerator generator) {
        this.codec = codec;
        this.generator = generator;
    }

    void write(EventChannelResponse response) throws IOException {
        generator.writeStartObject();
        if (response.self().isPresent() || !response.links().isEmpty()) {
            generator.writeFieldName(JsonNames.LINKS);
            generator.writeStartObject();
            if (response.self().isPresent()) {
                generator.writeFieldName(JsonNames.SELF);
                JsonTrees.writeLink(generator, response.self().get(), "self");
            }
            links(response.links());
            generator.writeEndObject();
        }
        List<EventSender> senders = response.senders();
        if (!senders.isEmpty()) {
            generator.writeFieldName(SENDER);
            generator.writeStartArray();
            for (int i = 0; i < senders.size(); i++) {
                sender(senders.get(i));
            }
            generator.writeEndArray();
        }
        unknownMembers(response.unknownMembers(), WireNames.Owner.RESPONSE);
        generator.writeEndObject();
    }

    private void sender(EventSender sender) throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(JsonNames.REL);
        generator.writeString(sender.rel());
        if (sender.href().isPresent()) {
            generator.writeFieldName(JsonNames.HREF);
            generator.writeString(sender.href().get());
        }
        if (sender.title().isPresent()) {
            generator.writeFieldName(JsonNames.TITLE);
            generator.writeString(sender.title().get());
        }
        unknownMembers(sender.unknownMembers(), WireNames.Owner.SENDER);
        if (sender.hasEvents()) {
            generator.writeFieldName(EVENTS);
            generator.writeStartArray();
            List<Event> events = sender.events();
            for (int i = 0; i < events.size(); i++) {
                event(events.get(i));
            }
            generator.writeEndArray();
        }
        generator.writeEndObject();
    }

    private void event(Event event) throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(LINK);
        JsonTrees.writeLink(generator, event.link(), null);
        if (event.in().isPresent()) {
            generator.writeFieldName(IN);
            JsonTrees.writeLink(generator, event.in().get(), null);
        }
        if (event.status().isPresent()) {
            generator.writeFieldName(STATUS);
            generator.writeString(event.status().get());
        }
        if (event.resource().isPresent()) {
            generator.writeFieldName(JsonNames.EMBEDDED);
            generator.writeStartObject();
            generator.writeFieldName(event.embeddedKey().orElseThrow());
            codec.writeResource(event.resource().get(), new JsonResourceWriter(generator));
            generator.writeEndObject();
        }
        if (event.reason().isPresent()) {
            generator.writeFieldName(REASON);
            ErrorJson.write(generator, event.reason().get());
        }
        unknownMembers(event.unknownMembers(), WireNames.Owner.EVENT);
        generator.writeFieldName(TYPE);
        String type = event.type().value();
        if (!WireNames.allowed(WireNames.Owner.EVENT_TYPE, type)) {
            throw WireNames.refusal(WireNames.Owner.EVENT_TYPE, type, where() + ".type");
        }
        generator.writeString(type);
        generator.writeEndObject();
    }

    /**
     * Writes the links other than self, those of one rel together as an array when there are several (or when the
     * rel is {@code self}, which a single object would make the response's self link). Links of one rel apart from
     * each other would give a member twice: {@link Kind#DUPLICATE}.
     */
    private void links(List<Link> links) throws IOException {
        NameSet written = links.size() > 1 ? new NameSet() : null;
        for (int i = 0; i < links.size(); ) {
            String rel = links.get(i).rel();
            int end = i + 1;
            while (end < links.size() && links.get(end).rel().equals(rel)) {
                end++;
            }
            if (written != null && !written.add(rel)) {
                throw new UcwaPayloadException(Kind.DUPLICATE, "links of the rel '" + rel + "' stand apart;"
                        + " JSON would give the member twice", JsonPaths.member("$._links", rel));
            }
            generator.writeFieldName(rel);
            boolean array = end - i > 1 || rel.equals("self");
            if (array) {
                generator.writeStartArray();
            }
            for (int j = i; j < end; j++) {
                JsonTrees.writeLink(generator, links.get(j), rel);
            }
            if (array) {
                generator.writeEndArray();
            }
            i = end;
        }
    }

    /** Writes members the format does not define, each name checked by {@link WireNames}. */
    private void unknownMembers(Map<String, PropertyValue> members, WireNames.Owner owner) throws IOException {
        for (Map.Entry<String, PropertyValue> member : members.entrySet()) {
            String name = member.getKey();
            if (!WireNames.allowed(owner, name)) {
                throw WireNames.refusal(owner, name, JsonPaths.member(where(), name));
            }
            generator.writeFieldName(name);
            JsonTrees.write(generator, member.getValue());
        }
    }

    /** The JSON path of the object being written, for an error. */
    private String where() {
        return JsonPaths.of(generator.getOutputContext().getParent(), JsonPaths.ROOT);
    }
}
