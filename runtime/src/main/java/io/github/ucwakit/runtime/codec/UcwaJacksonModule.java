package io.github.ucwakit.runtime.codec;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.json.BindingDeserializer;
import io.github.ucwakit.runtime.json.BindingSerializer;

/**
 * A Jackson module that lets an application's own {@code ObjectMapper} read and write UCWA resources through
 * their bindings: {@code mapper.readValue(json, Conversation.class)}. Registers a serializer and a deserializer
 * for every binding's class and for {@link GenericResource}, and for {@link UcwaResource} a deserializer that
 * picks the binding by rel. Reading checks types, duplicates and {@code data:} hrefs as the codec does; the size and
 * depth limits are those of the mapper's own {@code JsonFactory} ({@code StreamReadConstraints}).
 */
public final class UcwaJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module of the bindings found with {@link java.util.ServiceLoader}, as {@link UcwaCodec#create()}. */
    public UcwaJacksonModule() {
        this(UcwaCodec.create());
    }

    /** A module of the bindings a codec knows. */
    public UcwaJacksonModule(UcwaCodec codec) {
        super("ucwakit", Version.unknownVersion());
        register(GenericResource.BINDING, codec);
        codec.bindings().forEach(binding -> register(binding, codec));
        addDeserializer(UcwaResource.class, new BindingDeserializer<>(UcwaResource.class, codec::readAny));
        addSerializer(UcwaResource.class, new BindingSerializer<>(UcwaResource.class,
                (resource, writer) -> codec.writing(resource).accept(writer)));
    }

    private <T extends UcwaResource> void register(ResourceBinding<T> binding, UcwaCodec codec) {
        addSerializer(binding.type(), new BindingSerializer<>(binding.type(), binding::write));
        addDeserializer(binding.type(), new BindingDeserializer<>(binding.type(), codec.typed(binding.type())));
    }
}
