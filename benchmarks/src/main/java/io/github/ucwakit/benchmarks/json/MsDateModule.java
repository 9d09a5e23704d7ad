package io.github.ucwakit.benchmarks.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.ucwakit.benchmarks.handwritten.MsDates;
import java.io.IOException;
import java.time.OffsetDateTime;

/** Teaches Jackson databind UCWA's {@code /Date(ms)/} dates, as a user adds them to an {@code ObjectMapper}. */
final class MsDateModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    MsDateModule() {
        super("ucwa-dates");
        addSerializer(OffsetDateTime.class, new Serializer());
        addDeserializer(OffsetDateTime.class, new Deserializer());
    }

    private static final class Serializer extends StdScalarSerializer<OffsetDateTime> {

        private static final long serialVersionUID = 1L;

        Serializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(MsDates.format(value));
        }
    }

    private static final class Deserializer extends StdScalarDeserializer<OffsetDateTime> {

        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return MsDates.parse(parser.getValueAsString());
        }
    }
}
