package io.github.ucwakit.benchmarks.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.benchmarks.handwritten.Href;
import io.github.ucwakit.benchmarks.handwritten.LinkRef;
import io.github.ucwakit.benchmarks.handwritten.MsDates;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The small pieces every hand-written streaming parser and writer of UCWA JSON repeats. */
final class StreamingSupport {

    private StreamingSupport() {}

    static void expect(JsonParser parser, JsonToken token) throws IOException {
        if (parser.currentToken() != token) {
            throw new JsonParseException(parser, "expected " + token + " but found " + parser.currentToken());
        }
    }

    /** Reads the array the parser stands on. */
    static List<String> readStrings(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_ARRAY);
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(parser.getText());
        }
        return values;
    }

    /** Reads the {@code {href, title}} object the parser stands on. */
    static Href readHref(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT);
        String href = null;
        String title = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "href" -> href = parser.getText();
                case "title" -> title = parser.getText();
                default -> parser.skipChildren();
            }
        }
        return new Href(href, title);
    }

    /** Reads the {@code {rel, href, title}} object the parser stands on. */
    static LinkRef readLinkRef(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT);
        String rel = null;
        String href = null;
        String title = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "rel" -> rel = parser.getText();
                case "href" -> href = parser.getText();
                case "title" -> title = parser.getText();
                default -> parser.skipChildren();
            }
        }
        return new LinkRef(rel, href, title);
    }

    static void writeString(JsonGenerator generator, String name, String value) throws IOException {
        if (value != null) {
            generator.writeStringField(name, value);
        }
    }

    static void writeInt(JsonGenerator generator, String name, Integer value) throws IOException {
        if (value != null) {
            generator.writeNumberField(name, value.intValue());
        }
    }

    static void writeBoolean(JsonGenerator generator, String name, Boolean value) throws IOException {
        if (value != null) {
            generator.writeBooleanField(name, value.booleanValue());
        }
    }

    static void writeDate(JsonGenerator generator, String name, OffsetDateTime value) throws IOException {
        if (value != null) {
            generator.writeStringField(name, MsDates.format(value));
        }
    }

    static void writeStrings(JsonGenerator generator, String name, List<String> values) throws IOException {
        if (values != null) {
            generator.writeArrayFieldStart(name);
            for (String value : values) {
                generator.writeString(value);
            }
            generator.writeEndArray();
        }
    }

    static void writeHref(JsonGenerator generator, String rel, Href href) throws IOException {
        if (href != null) {
            generator.writeObjectFieldStart(rel);
            generator.writeStringField("href", href.href());
            writeString(generator, "title", href.title());
            generator.writeEndObject();
        }
    }

    static void writeLinkRef(JsonGenerator generator, String name, LinkRef link) throws IOException {
        if (link != null) {
            generator.writeObjectFieldStart(name);
            writeString(generator, "rel", link.rel());
            writeString(generator, "href", link.href());
            writeString(generator, "title", link.title());
            generator.writeEndObject();
        }
    }
}
