package io.github.ucwakit.runtime.errors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.NameMap;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.WireNames;
import io.github.ucwakit.runtime.json.JsonPaths;
import io.github.ucwakit.runtime.json.JsonTrees;
import io.github.ucwakit.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;

/** Reads and writes the JSON form of a {@link UcwaError}. */
public final class ErrorJson {

    private ErrorJson() {}

    /**
     * Reads the error object whose opening brace the parser stands on, from the stream, and leaves the parser on its
     * closing brace; {@code path} locates it in the document. A member given twice, anywhere in it, is refused with
     * {@link Kind#DUPLICATE} at its path.
     */
    public static UcwaError read(JsonParser parser, String path) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new UcwaPayloadException("expected an error object, found " + describe(parser), path);
        }
        String code = null;
        String subcode = null;
        String message = null;
        Link link = null;
        Map<String, PropertyValue> parameters = null;
        Map<String, PropertyValue> debugInfo = null;
        NameMap<PropertyValue> unknown = null;
        int seen = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            String memberPath = JsonPaths.member(path, name);
            int known = KNOWN.indexOf(name);
            if (known >= 0) {
                if ((seen & 1 << known) != 0) {
                    throw new UcwaPayloadException(Kind.DUPLICATE, "'" + name + "' is given twice", memberPath);
                }
                seen |= 1 << known;
            }
            PropertyValue value = JsonValues.read(parser, () -> memberPath);
            switch (name) {
                case "code" -> code = JsonValues.text(value);
                case "subcode" -> subcode = JsonValues.text(value);
                case "message" -> message = JsonValues.text(value);
                case "link" -> link = link(value, "link", memberPath);
                case "parameters", "debugInfo" -> {
                    if (value instanceof PropertyValue.ObjectValue bag) {
                        if (name.equals("parameters")) {
                            parameters = bag.members();
                        } else {
                            debugInfo = bag.members();
                        }
                    } else {
                        unknown = keep(unknown, name, value);
                    }
                }
                default -> {
                    WireNames.check(WireNames.Owner.ERROR, name, memberPath);
                    if (unknown != null && unknown.containsKey(name)) {
                        throw new UcwaPayloadException(Kind.DUPLICATE, "'" + name + "' is given twice", memberPath);
                    }
                    unknown = keep(unknown, name, value);
                }
            }
        }
        if (code == null) {
            throw new UcwaPayloadException("an error needs a 'code'", path);
        }
        UcwaError.Builder error = UcwaError.builder(code).subcode(subcode).message(message).link(link)
                .parameters(parameters).debugInfo(debugInfo);
        if (unknown != null) {
            unknown.forEach(error::unknownMember);
        }
        return error.build();
    }

    /** The members an error object defines, by their bit in the set of those seen. */
    private static final java.util.List<String> KNOWN = java.util.List.of("code", "subcode", "message", "link",
            "parameters", "debugInfo");

    private static NameMap<PropertyValue> keep(NameMap<PropertyValue> unknown, String name, PropertyValue value) {
        NameMap<PropertyValue> members = unknown == null ? new NameMap<>() : unknown;
        members.put(name, value);
        return members;
    }

    /**
     * A link read as a value: a string is its href under {@code defaultRel}; an object needs a string
     * {@code href}, and gives its rel (else {@code defaultRel}) and title as text.
     */
    public static Link link(PropertyValue value, String defaultRel, String path) {
        if (value instanceof PropertyValue.Text href) {
            return Link.of(defaultRel, href.value());
        }
        if (!(value instanceof PropertyValue.ObjectValue object)) {
            throw new UcwaPayloadException("expected a link object, found " + kind(value), path);
        }
        if (!(object.members().get("href") instanceof PropertyValue.Text href)) {
            throw new UcwaPayloadException("a link needs a string 'href'", path);
        }
        PropertyValue rel = object.members().get("rel");
        PropertyValue title = object.members().get("title");
        String relText = rel == null ? null : JsonValues.text(rel);
        return Link.of(relText == null ? defaultRel : relText, href.value(), title == null ? null
                : JsonValues.text(title));
    }

    /** How a value's kind is named in messages, as Jackson names node types. */
    private static String kind(PropertyValue value) {
        if (value instanceof PropertyValue.Number) {
            return "NUMBER";
        }
        if (value instanceof PropertyValue.Bool) {
            return "BOOLEAN";
        }
        if (value instanceof PropertyValue.ListValue) {
            return "ARRAY";
        }
        return value instanceof PropertyValue.Null ? "NULL" : "OBJECT";
    }

    private static String describe(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return token == null ? "the end of the document" : token.toString();
    }

    /** Writes an error object. */
    public static void write(JsonGenerator generator, UcwaError error) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("code", error.code());
        if (error.subcode().isPresent()) {
            generator.writeStringField("subcode", error.subcode().get());
        }
        if (error.message().isPresent()) {
            generator.writeStringField("message", error.message().get());
        }
        if (error.link().isPresent()) {
            generator.writeFieldName("link");
            JsonTrees.writeLink(generator, error.link().get(), "link");
        }
        if (error.hasParameters()) {
            generator.writeFieldName("parameters");
            JsonTrees.writeMembers(generator, error.parameters());
        }
        if (error.hasDebugInfo()) {
            generator.writeFieldName("debugInfo");
            JsonTrees.writeMembers(generator, error.debugInfo());
        }
        for (Map.Entry<String, PropertyValue> member : error.unknownMembers().entrySet()) {
            generator.writeFieldName(WireNames.check(WireNames.Owner.ERROR, member.getKey(),
                    JsonPaths.member(JsonPaths.of(generator.getOutputContext().getParent(), JsonPaths.ROOT),
                            member.getKey())));
            JsonTrees.write(generator, member.getValue());
        }
        generator.writeEndObject();
    }
}
