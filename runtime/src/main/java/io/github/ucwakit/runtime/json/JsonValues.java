package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ucwakit.runtime.PropertyValue;
import java.io.IOException;
import java.util.Map;

/** Writes {@link PropertyValue}s back to JSON as they were read. */
final class JsonValues {

    private JsonValues() {}

    static void write(JsonGenerator generator, PropertyValue value) throws IOException {
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
