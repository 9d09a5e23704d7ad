package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ReadLimits;
import io.github.ucwakit.runtime.UcwaPayloadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON helpers shared by the error and event-channel readers and writers: one Jackson mapper configured once
 * (streams left open, numbers kept exactly, a member given twice in one object refused as
 * {@link io.github.ucwakit.runtime.UcwaPayloadException.Kind#DUPLICATE}), and conversions between Jackson trees and
 * {@link PropertyValue}s or {@link Link}s. Thread-safe.
 */
public final class JsonTrees {

    private static final ObjectMapper MAPPER = newMapper(StreamReadConstraints.defaults());
    private static final ObjectMapper DEFAULT_LIMITS = newMapper(JsonFormat.constraints(ReadLimits.defaults()));

    private JsonTrees() {}

    /**
     * The mapper with Jackson's own read constraints: its factory creates parsers that can read subtrees
     * ({@code readValueAsTree}). Readers of payloads use {@link #mapper(ReadLimits)}.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A mapper like {@link #mapper()} whose parsers enforce {@code limits}: the same one every time for
     * {@link ReadLimits#defaults()}, a new one otherwise (keep it).
     */
    public static ObjectMapper mapper(ReadLimits limits) {
        return limits.equals(ReadLimits.defaults())
                ? DEFAULT_LIMITS
                : newMapper(JsonFormat.constraints(limits));
    }

    private static ObjectMapper newMapper(StreamReadConstraints constraints) {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(constraints)
                        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                        .build())
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
        Map<String, PropertyValue> members = new LinkedHashMap<>();
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
