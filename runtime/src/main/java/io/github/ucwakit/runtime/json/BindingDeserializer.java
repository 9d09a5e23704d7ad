package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.ucwakit.runtime.ResourceReader;
import java.io.IOException;
import java.util.function.Function;

/**
 * A Jackson deserializer that reads resources through a binding, as the codec does: the object's rel is found
 * first, wherever it stands.
 */
public final class BindingDeserializer<T> extends StdDeserializer<T> {

    private final transient Function<ResourceReader, ? extends T> read;

    /**
     * @param type the class deserialized
     * @param read reads one resource, for example {@code binding::read}
     */
    public BindingDeserializer(Class<T> type, Function<ResourceReader, ? extends T> read) {
        super(type);
        this.read = read;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return JsonFormat.read(parser, read);
    }
}
