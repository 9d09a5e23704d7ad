package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.ucwakit.runtime.PropertyValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads any JSON value from a parser into a {@link PropertyValue}, and writes one back as it was read: the streaming
 * form of what a Jackson tree would hold, without building one. A member given twice in an object is refused with
 * {@link io.github.ucwakit.runtime.UcwaPayloadException.Kind#DUPLICATE} at its path, by the reader itself, so that
 * parsers need no duplicate detection of their own. Numbers keep their lexical form.
 */
public final class JsonValues {

    private static final JsonFactory TEXT = new JsonFactory();

    private JsonValues() {}

    /**
     * The value the parser stands on, read to its end; {@code where} gives its path, asked only for an error.
     * Recursion is bounded by the parser's nesting limit.
     */
    public static PropertyValue read(JsonParser parser, Supplier<String> where) throws IOException {
        return JsonScalars.value(parser, where);
    }

    /**
     * A value as text: a string as it is, a number in its lexical form, {@code true} or {@code false}, {@code null}
     * for JSON null, and an array or object as compact JSON.
     */
    public static String text(PropertyValue value) {
        if (value instanceof PropertyValue.Text text) {
            return text.value();
        }
        if (value instanceof PropertyValue.Number number) {
            return number.lexical();
        }
        if (value instanceof PropertyValue.Bool bool) {
            return Boolean.toString(bool.value());
        }
        if (value instanceof PropertyValue.Null) {
            return null;
        }
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = TEXT.createGenerator(json)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.toString();
    }

    /** Writes a value as it was read. */
    public static void write(JsonGenerator generator, PropertyValue value) throws IOException {
        if (value instanceof PropertyValue.Text text) {
            generator.writeString(text.value());
        } else if (value instanceof PropertyValue.Number number) {
            generator.writeNumber(number.lexical());
        } else if (value instanceof PropertyValue.Bool bool) {
            generator.writeBoolean(bool.value());
        } else if (value instanceof PropertyValue.Null) {
            generator.writeNull();
        } else if (value instanceof PropertyValue.ListValue list) {
            generator.writeStartArray();
            for (PropertyValue item : list.items()) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else {
            generator.writeStartObject();
            for (Map.Entry<String, PropertyValue> member : ((PropertyValue.ObjectValue) value).members().entrySet()) {
                generator.writeFieldName(member.getKey());
                write(generator, member.getValue());
            }
            generator.writeEndObject();
        }
    }
}
