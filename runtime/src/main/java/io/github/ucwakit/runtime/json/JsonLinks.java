package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaPayloadException;
import java.io.IOException;
import java.util.function.Supplier;

/** Reads and writes the JSON form of a link: {@code {"href": "...", "title": "..."}}. */
final class JsonLinks {

    private JsonLinks() {}

    /** Reads the link object the parser stands on, leaving the parser on its closing brace. */
    static Link read(JsonParser parser, String rel, Supplier<String> where) throws IOException {
        String href = null;
        String title = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "href" -> href = text(parser, where, field);
                case "title" -> title = text(parser, where, field);
                default -> parser.skipChildren();
            }
        }
        if (href == null) {
            throw new UcwaPayloadException("a link needs an href", where.get());
        }
        return Link.of(rel, href, title);
    }

    private static String text(JsonParser parser, Supplier<String> where, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw new UcwaPayloadException("expected a string, found " + JsonScalars.describe(token),
                JsonPaths.member(where.get(), field));
    }

    /** Writes the link object, without its rel. */
    static void write(JsonGenerator generator, Link link) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("href", link.href());
        if (link.title().isPresent()) {
            generator.writeStringField("title", link.title().get());
        }
        generator.writeEndObject();
    }
}
