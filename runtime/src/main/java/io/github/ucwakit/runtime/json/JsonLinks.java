package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.runtime.DataHrefs;
import io.github.ucwakit.runtime.DataUri;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads and writes the JSON form of a link: {@code {"href": "...", "title": "...", "revision": "2"}}. A {@code data:} href must be
 * well-formed unless its decoding is deferred ({@link DataHrefs}); an href or title given twice is refused.
 */
final class JsonLinks {

    private JsonLinks() {}

    /** Reads the link object the parser stands on, leaving the parser on its closing brace. */
    static Link read(JsonParser parser, String rel, Supplier<String> where, DataHrefs dataHrefs)
            throws IOException {
        String href = null;
        String title = null;
        String revision = null;
        boolean hrefSeen = false;
        boolean titleSeen = false;
        boolean revisionSeen = false;
        for (String field = JsonErrors.nextName(parser, JsonNames.HREF, where); field != null;
                field = JsonErrors.nextName(parser, where)) {
            parser.nextToken();
            switch (field) {
                case "href" -> {
                    hrefSeen = first(hrefSeen, where, field);
                    href = text(parser, where, field);
                }
                case "title" -> {
                    titleSeen = first(titleSeen, where, field);
                    title = text(parser, where, field);
                }
                case "revision" -> {
                    revisionSeen = first(revisionSeen, where, field);
                    revision = text(parser, where, field);
                }
                default -> parser.skipChildren();
            }
        }
        if (href == null) {
            throw new UcwaPayloadException(Kind.MISSING_VALUE, "a link needs an href", where.get());
        }
        if (dataHrefs == DataHrefs.DECODED_ON_READ && DataUri.isDataUri(href)) {
            DataUri.parse(href, JsonPaths.member(where.get(), "href"));
        }
        return Link.of(rel, href, title, revision);
    }

    private static String text(JsonParser parser, Supplier<String> where, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw new UcwaPayloadException(Kind.WRONG_TYPE, "expected a string, found " + JsonScalars.describe(token),
                JsonPaths.member(where.get(), field));
    }

    /** Marks a member seen, refusing it the second time. */
    private static boolean first(boolean seen, Supplier<String> where, String field) {
        if (seen) {
            throw new UcwaPayloadException(Kind.DUPLICATE, "'" + field + "' is given twice",
                    JsonPaths.member(where.get(), field));
        }
        return true;
    }

    /** Writes the links of an array rel as a JSON array of link objects. */
    static void writeArray(JsonGenerator generator, List<Link> links) throws IOException {
        generator.writeStartArray();
        for (Link link : links) {
            write(generator, link);
        }
        generator.writeEndArray();
    }

    /** Writes the link object, without its rel. */
    static void write(JsonGenerator generator, Link link) throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(JsonNames.HREF);
        generator.writeString(link.href());
        if (link.title().isPresent()) {
            generator.writeFieldName(JsonNames.TITLE);
            generator.writeString(link.title().get());
        }
        if (link.revision().isPresent()) {
            generator.writeFieldName(JsonNames.REVISION);
            generator.writeString(link.revision().get());
        }
        generator.writeEndObject();
    }
}
