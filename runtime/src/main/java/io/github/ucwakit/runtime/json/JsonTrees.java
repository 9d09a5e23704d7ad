package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ucwakit.runtime.NameMap;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ReadLimits;
import io.github.ucwakit.runtime.UcwaPayloadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON helpers shared by the error and event-channel readers and writers: Jackson mappers configured once
 * (streams left open, numbers kept exactly), and conversions between Jackson trees and {@link PropertyValue}s or
 * {@link Link}s. The readers of payloads build no tree: they read from the stream ({@link JsonValues}) and refuse a
 * member given twice themselves, so the parsers of {@link #mapper(ReadLimits)} leave Jackson's duplicate detection
 * off (it costs a detector per object read); {@link #mapper()}, for code that builds trees, keeps it on, so that a
 * member given twice in one object is refused as {@link io.github.ucwakit.runtime.UcwaPayloadException.Kind#DUPLICATE}
 * ({@link JsonErrors#wrap}). Thread-safe.
 */
public final class JsonTrees {

    private static final ObjectMapper MAPPER = newMapper(StreamReadConstraints.defaults(), true);
    private static final ObjectMapper DEFAULT_LIMITS = newMapper(JsonFormat.constraints(ReadLimits.defaults()), false);

    private JsonTrees() {}

    /**
     * The mapper with Jackson's own read constraints, for code that builds trees: its parsers refuse a member given
     * twice in one object. Readers of payloads use {@link #mapper(ReadLimits)}.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The mapper of the streaming readers of payloads, whose parsers enforce {@code limits} and leave duplicate
     * detection to the reader (see above): the same one every time for {@link ReadLimits#defaults()}, a new one
     * otherwise (keep it).
     */
    public static ObjectMapper mapper(ReadLimits limits) {
        return limits.equals(ReadLimits.defaults())
                ? DEFAULT_LIMITS
                : newMapper(JsonFormat.constraints(limits), false);
    }

    private static ObjectMapper newMapper(StreamReadConstraints constraints, boolean duplicatesRefused) {
        JsonFactoryBuilder factory = new JsonFactoryBuilder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicatesRefused)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
        return JsonMapper.builder(new NameSafeJsonFactory(factory))
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** A JSON value kept as read. */
    public static PropertyValue toValue(JsonNode node) {
        if (node.isTextual()) {
            return new PropertyValue.Text(node.textValue());
        }
        if (node.isNumber()) {
            return new PropertyValue.Number(node.isBigDecimal() ? node.decimalValue().toString() : node.asText());
        }
        if (node.isBoolean()) {
            return new PropertyValue.Bool(node.booleanValue());
        }
        if (node.isArray()) {
            List<PropertyValue> items = new ArrayList<>();
            node.forEach(item -> items.add(toValue(item)));
            return new PropertyValue.ListValue(items);
        }
        if (node.isObject()) {
            return new PropertyValue.ObjectValue(members(node));
        }
        return new PropertyValue.Null();
    }

    /** The members of a JSON object, in document order. */
    public static Map<String, PropertyValue> members(JsonNode object) {
        Map<String, PropertyValue> members = new NameMap<>();
        object.properties().forEach(member -> members.put(member.getKey(), toValue(member.getValue())));
        return members;
    }

    /** Writes a value as it was read. */
    public static void write(JsonGenerator generator, PropertyValue value) throws IOException {
        if (value instanceof PropertyValue.Text text) {
            generator.writeString(text.value());
        } else if (value instanceof PropertyValue.Number number) {
            generator.writeNumber(number.lexical());
        } else if (value instanceof PropertyValue.Bool bool) {
            generator.writeBoolean(bool.value());
        } else if (value instanceof PropertyValue.ListValue list) {
            generator.writeStartArray();
            for (PropertyValue item : list.items()) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof PropertyValue.ObjectValue object) {
            writeMembers(generator, object.members());
        } else {
            generator.writeNull();
        }
    }

    /** Writes a JSON object of the members. */
    public static void writeMembers(JsonGenerator generator, Map<String, PropertyValue> members) throws IOException {
        generator.writeStartObject();
        writeFields(generator, members);
        generator.writeEndObject();
    }

    /** Writes each member as a field of the object being written. */
    public static void writeFields(JsonGenerator generator, Map<String, PropertyValue> members) throws IOException {
        if (members.isEmpty()) {
            return;
        }
        for (Map.Entry<String, PropertyValue> member : members.entrySet()) {
            generator.writeFieldName(member.getKey());
            write(generator, member.getValue());
        }
    }

    /**
     * A link object {@code {"rel","href","title"}}; {@code defaultRel} when it has no rel. A string is read as the
     * href.
     */
    public static Link link(JsonNode node, String defaultRel, String path) {
        if (node.isTextual()) {
            return Link.of(defaultRel, node.textValue());
        }
        if (!node.isObject()) {
            throw new UcwaPayloadException("expected a link object, found " + node.getNodeType(), path);
        }
        JsonNode href = node.get("href");
        if (href == null || !href.isTextual()) {
            throw new UcwaPayloadException("a link needs a string 'href'", path);
        }
        String rel = text(node.get("rel"));
        return Link.of(rel == null ? defaultRel : rel, href.textValue(), text(node.get("title")));
    }

    /** Writes a link object: its rel unless it is {@code impliedRel}, its href and its title. */
    public static void writeLink(JsonGenerator generator, Link link, String impliedRel) throws IOException {
        generator.writeStartObject();
        if (!link.rel().equals(impliedRel)) {
            generator.writeFieldName(JsonNames.REL);
            generator.writeString(link.rel());
        }
        generator.writeFieldName(JsonNames.HREF);
        generator.writeString(link.href());
        if (link.title().isPresent()) {
            generator.writeFieldName(JsonNames.TITLE);
            generator.writeString(link.title().get());
        }
        generator.writeEndObject();
    }

    /** The text of a scalar node; {@code null} for an absent or null node. */
    public static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
