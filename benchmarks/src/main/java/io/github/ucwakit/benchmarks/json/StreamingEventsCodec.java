package io.github.ucwakit.benchmarks.json;

import static io.github.ucwakit.benchmarks.json.StreamingSupport.expect;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.readHref;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.readLinkRef;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.readStrings;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.writeHref;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.writeLinkRef;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.writeString;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.writeStrings;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.benchmarks.handwritten.CommunicationLinks;
import io.github.ucwakit.benchmarks.handwritten.CommunicationRecord;
import io.github.ucwakit.benchmarks.handwritten.EventEmbedded;
import io.github.ucwakit.benchmarks.handwritten.EventRecord;
import io.github.ucwakit.benchmarks.handwritten.EventsLinks;
import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import io.github.ucwakit.benchmarks.handwritten.Href;
import io.github.ucwakit.benchmarks.handwritten.LinkRef;
import io.github.ucwakit.benchmarks.handwritten.SenderRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Baseline (b): a hand-written Jackson streaming parser and writer of an event-channel response. */
public final class StreamingEventsCodec {

    private final JsonFactory factory = new JsonFactory();

    public EventsRecord read(byte[] json) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            parser.nextToken();
            expect(parser, JsonToken.START_OBJECT);
            EventsLinks links = null;
            List<SenderRecord> senders = null;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                parser.nextToken();
                switch (name) {
                    case "_links" -> links = readEventsLinks(parser);
                    case "sender" -> senders = readSenders(parser);
                    default -> parser.skipChildren();
                }
            }
            return new EventsRecord(links, senders);
        }
    }

    private static EventsLinks readEventsLinks(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT);
        Href self = null;
        Href next = null;
        String rel;
        while ((rel = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (rel) {
                case "self" -> self = readHref(parser);
                case "next" -> next = readHref(parser);
                default -> parser.skipChildren();
            }
        }
        return new EventsLinks(self, next);
    }

    private static List<SenderRecord> readSenders(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_ARRAY);
        List<SenderRecord> senders = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String rel = null;
            String href = null;
            List<EventRecord> events = null;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                parser.nextToken();
                switch (name) {
                    case "rel" -> rel = parser.getText();
                    case "href" -> href = parser.getText();
                    case "events" -> events = readEvents(parser);
                    default -> parser.skipChildren();
                }
            }
            senders.add(new SenderRecord(rel, href, events));
        }
        expect(parser, JsonToken.END_ARRAY);
        return senders;
    }

    private static List<EventRecord> readEvents(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_ARRAY);
        List<EventRecord> events = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            LinkRef link = null;
            EventEmbedded embedded = null;
            String type = null;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                parser.nextToken();
                switch (name) {
                    case "link" -> link = readLinkRef(parser);
                    case "_embedded" -> embedded = readEmbedded(parser);
                    case "type" -> type = parser.getText();
                    default -> parser.skipChildren();
                }
            }
            events.add(new EventRecord(link, embedded, type));
        }
        expect(parser, JsonToken.END_ARRAY);
        return events;
    }

    private static EventEmbedded readEmbedded(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT);
        CommunicationRecord communication = null;
        String key;
        while ((key = parser.nextFieldName()) != null) {
            parser.nextToken();
            if (key.equals("communication")) {
                communication = readCommunication(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new EventEmbedded(communication);
    }

    private static CommunicationRecord readCommunication(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT);
        String rel = null;
        List<String> supportedModalities = null;
        List<String> supportedMessageFormats = null;
        String etag = null;
        CommunicationLinks links = null;
        Map<String, String> otherProperties = new LinkedHashMap<>();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "rel" -> rel = parser.getText();
                case "supportedModalities" -> supportedModalities = readStrings(parser);
                case "supportedMessageFormats" -> supportedMessageFormats = readStrings(parser);
                case "etag" -> etag = parser.getText();
                case "_links" -> links = readCommunicationLinks(parser);
                default -> {
                    if (parser.currentToken().isScalarValue()) {
                        otherProperties.put(name, parser.getText());
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
        return new CommunicationRecord(rel, supportedModalities, supportedMessageFormats, etag, links,
                otherProperties);
    }

    private static CommunicationLinks readCommunicationLinks(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT);
        Href self = null;
        Href conversations = null;
        Href startMessaging = null;
        Href startOnlineMeeting = null;
        Href joinOnlineMeeting = null;
        String rel;
        while ((rel = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (rel) {
                case "self" -> self = readHref(parser);
                case "conversations" -> conversations = readHref(parser);
                case "startMessaging" -> startMessaging = readHref(parser);
                case "startOnlineMeeting" -> startOnlineMeeting = readHref(parser);
                case "joinOnlineMeeting" -> joinOnlineMeeting = readHref(parser);
                default -> parser.skipChildren();
            }
        }
        return new CommunicationLinks(self, conversations, startMessaging, startOnlineMeeting, joinOnlineMeeting);
    }

    public void write(EventsRecord events, OutputStream out) throws IOException {
        try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            EventsLinks links = events.links();
            if (links != null) {
                generator.writeObjectFieldStart("_links");
                writeHref(generator, "self", links.self());
                writeHref(generator, "next", links.next());
                generator.writeEndObject();
            }
            if (events.sender() != null) {
                generator.writeArrayFieldStart("sender");
                for (SenderRecord sender : events.sender()) {
                    writeSender(generator, sender);
                }
                generator.writeEndArray();
            }
            generator.writeEndObject();
        }
    }

    private static void writeSender(JsonGenerator generator, SenderRecord sender) throws IOException {
        generator.writeStartObject();
        writeString(generator, "rel", sender.rel());
        writeString(generator, "href", sender.href());
        if (sender.events() != null) {
            generator.writeArrayFieldStart("events");
            for (EventRecord event : sender.events()) {
                generator.writeStartObject();
                writeLinkRef(generator, "link", event.link());
                if (event.embedded() != null) {
                    generator.writeObjectFieldStart("_embedded");
                    if (event.embedded().communication() != null) {
                        generator.writeFieldName("communication");
                        writeCommunication(generator, event.embedded().communication());
                    }
                    generator.writeEndObject();
                }
                writeString(generator, "type", event.type());
                generator.writeEndObject();
            }
            generator.writeEndArray();
        }
        generator.writeEndObject();
    }

    private static void writeCommunication(JsonGenerator generator, CommunicationRecord communication)
            throws IOException {
        generator.writeStartObject();
        writeString(generator, "rel", communication.rel());
        if (communication.otherProperties() != null) {
            for (Map.Entry<String, String> property : communication.otherProperties().entrySet()) {
                generator.writeStringField(property.getKey(), property.getValue());
            }
        }
        writeStrings(generator, "supportedModalities", communication.supportedModalities());
        writeStrings(generator, "supportedMessageFormats", communication.supportedMessageFormats());
        writeString(generator, "etag", communication.etag());
        CommunicationLinks links = communication.links();
        if (links != null) {
            generator.writeObjectFieldStart("_links");
            writeHref(generator, "self", links.self());
            writeHref(generator, "conversations", links.conversations());
            writeHref(generator, "startMessaging", links.startMessaging());
            writeHref(generator, "startOnlineMeeting", links.startOnlineMeeting());
            writeHref(generator, "joinOnlineMeeting", links.joinOnlineMeeting());
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }
}
