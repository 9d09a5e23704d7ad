package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;

/** A Jackson serializer that writes resources through their binding, as the codec does. */
public final class BindingSerializer<T extends UcwaResource> extends StdSerializer<T> {

    private final transient BiConsumer<T, ResourceWriter> write;

    /**
     * @param type the class serialized
     * @param write writes one resource, for example {@code binding::write}
     */
    public BindingSerializer(Class<T> type, BiConsumer<T, ResourceWriter> write) {
        super(type);
        this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        try {
            write.accept(value, new JsonResourceWriter(generator));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
