package io.github.ucwakit.runtime.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorJson;
import io.github.ucwakit.runtime.json.JsonTrees;
import io.github.ucwakit.runtime.json.JsonNames;
import io.github.ucwakit.runtime.json.JsonResourceWriter;
import java.io.IOException;
import java.util.List;

/**
 * Writes the JSON form of an event-channel response: {@code _links} (self first), the {@code sender} array, and
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
            for (Link link : response.links()) {
                generator.writeFieldName(link.rel());
                JsonTrees.writeLink(generator, link, link.rel());
            }
            generator.writeEndObject();
        }
        generator.writeFieldName(SENDER);
        generator.writeStartArray();
        List<EventSender> senders = response.senders();
        for (int i = 0; i < senders.size(); i++) {
            sender(senders.get(i));
        }
        generator.writeEndArray();
        JsonTrees.writeFields(generator, response.unknownMembers());
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
        JsonTrees.writeFields(generator, sender.unknownMembers());
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
        JsonTrees.writeFields(generator, event.unknownMembers());
        generator.writeFieldName(TYPE);
        generator.writeString(event.type().value());
        generator.writeEndObject();
    }
}
