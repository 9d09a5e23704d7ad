package io.github.ucwakit.docs.build;

import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Resource;

/** Writes an example payload of a resource, as it travels on the wire. */
public interface ExamplePayloads {

    /** The example representation of a resource of the model, in JSON and in XML. */
    Example of(ApiModel model, Resource resource);

    /** One example in both formats. */
    record Example(String json, String xml) {}
}
