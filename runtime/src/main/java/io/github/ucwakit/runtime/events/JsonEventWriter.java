package io.github.ucwakit.runtime.events;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorJson;
import io.github.ucwakit.runtime.errors.JsonTrees;
import io.github.ucwakit.runtime.json.JsonResourceWriter;
import java.io.IOException;

/**
 * Writes the JSON form of an event-channel response: {@code _links} (self first), the {@code sender} array, and
 * each event with its {@code link}, {@code in}, {@code status}, {@code _embedded} resource (written by the
 * codec's binding of its class), {@code reason}, kept members and {@code type}. Not thread-safe.
 */
final class JsonEventWriter {

    private final UcwaCodec codec;
    private final JsonGenerator generator;

    JsonEventWriter(UcwaCodec codec, JsonGenerator generator) {
        this.codec = codec;
        this.generator = generator;
    }

    void write(EventChannelResponse response) throws IOException {
        generator.writeStartObject();
        if (response.self().isPresent() || !response.links().isEmpty()) {
            generator.writeObjectFieldStart("_links");
            if (response.self().isPresent()) {
                generator.writeFieldName("self");
                JsonTrees.writeLink(generator, response.self().get(), "self");
            }
            for (Link link : response.links()) {
                generator.writeFieldName(link.rel());
                JsonTrees.writeLink(generator, link, link.rel());
            }
            generator.writeEndObject();
        }
        generator.writeArrayFieldStart("sender");
        for (EventSender sender : response.senders()) {
            sender(sender);
        }
        generator.writeEndArray();
        JsonTrees.writeFields(generator, response.unknownMembers());
        generator.writeEndObject();
    }

    private void sender(EventSender sender) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("rel", sender.rel());
        if (sender.href().isPresent()) {
            generator.writeStringField("href", sender.href().get());
        }
        if (sender.title().isPresent()) {
            generator.writeStringField("title", sender.title().get());
        }
        JsonTrees.writeFields(generator, sender.unknownMembers());
        if (sender.hasEvents()) {
            generator.writeArrayFieldStart("events");
            for (Event event : sender.events()) {
                event(event);
            }
            generator.writeEndArray();
        }
        generator.writeEndObject();
    }

    private void event(Event event) throws IOException {
        generator.writeStartObject();
        generator.writeFieldName("link");
        JsonTrees.writeLink(generator, event.link(), null);
        if (event.in().isPresent()) {
            generator.writeFieldName("in");
            JsonTrees.writeLink(generator, event.in().get(), null);
        }
        if (event.status().isPresent()) {
            generator.writeStringField("status", event.status().get());
        }
        if (event.resource().isPresent()) {
            generator.writeObjectFieldStart("_embedded");
            generator.writeFieldName(event.embeddedKey().orElseThrow());
            codec.writeResource(event.resource().get(), new JsonResourceWriter(generator));
            generator.writeEndObject();
        }
        if (event.reason().isPresent()) {
            generator.writeFieldName("reason");
            ErrorJson.write(generator, event.reason().get());
        }
        JsonTrees.writeFields(generator, event.unknownMembers());
        generator.writeStringField("type", event.type().value());
        generator.writeEndObject();
    }
}
