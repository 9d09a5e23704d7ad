package io.github.ucwakit.runtime.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ucwakit.runtime.UcwaDateTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** An {@link InputWriter} of the members of a JSON object; the caller opens and closes the object. */
final class JsonInputWriter implements InputWriter {

    private final JsonGenerator generator;

    JsonInputWriter(JsonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void stringParameter(String name, String value) {
        if (value != null) {
            call(() -> generator.writeStringField(name, value));
        }
    }

    @Override
    public void intParameter(String name, Integer value) {
        if (value != null) {
            call(() -> generator.writeNumberField(name, value.intValue()));
        }
    }

    @Override
    public void longParameter(String name, Long value) {
        if (value != null) {
            call(() -> generator.writeNumberField(name, value.longValue()));
        }
    }

    @Override
    public void booleanParameter(String name, Boolean value) {
        if (value != null) {
            call(() -> generator.writeBooleanField(name, value.booleanValue()));
        }
    }

    @Override
    public void dateParameter(String name, UcwaDateTime value) {
        if (value != null) {
            call(() -> generator.writeStringField(name, value.toJsonString()));
        }
    }

    @Override
    public void stringListParameter(String name, List<String> values) {
        list(name, values, generator::writeString);
    }

    @Override
    public void intListParameter(String name, List<Integer> values) {
        list(name, values, value -> generator.writeNumber(value.intValue()));
    }

    @Override
    public void longListParameter(String name, List<Long> values) {
        list(name, values, value -> generator.writeNumber(value.longValue()));
    }

    @Override
    public void booleanListParameter(String name, List<Boolean> values) {
        list(name, values, value -> generator.writeBoolean(value.booleanValue()));
    }

    @Override
    public void dateListParameter(String name, List<UcwaDateTime> values) {
        list(name, values, value -> generator.writeString(value.toJsonString()));
    }

    private <T> void list(String name, List<T> values, Item<T> item) {
        if (values == null) {
            return;
        }
        call(() -> {
            generator.writeArrayFieldStart(name);
            for (T value : values) {
                item.write(value);
            }
            generator.writeEndArray();
        });
    }

    private static void call(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface Item<T> {
        void write(T value) throws IOException;
    }
}
