package io.github.ucwakit.docs.example;

import io.github.ucwakit.docs.build.ExamplePayloads;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Resource;
import java.util.List;

/**
 * Example payloads written by the ucwakit runtime's own codec, so that they show the real wire shapes, then
 * indented for reading.
 */
public final class RuntimeExamplePayloads implements ExamplePayloads {

    @Override
    public Example of(ApiModel model, Resource resource) {
        UcwaCodec codec = UcwaCodec.of(List.of(new ExampleBinding(model, resource.name())));
        ExampleResource example = ExampleBinding.root(resource);
        return new Example(
                PrettyJson.indent(codec.writeToString(example, PayloadFormat.JSON)),
                PrettyXml.indent(codec.writeToString(example, PayloadFormat.XML)));
    }
}
