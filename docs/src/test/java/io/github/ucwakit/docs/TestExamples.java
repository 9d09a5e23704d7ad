package io.github.ucwakit.docs;

import io.github.ucwakit.docs.build.ExamplePayloads;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Resource;

/** TEMPORARY until the runtime lands. */
final class TestExamples implements ExamplePayloads {
    @Override
    public Example of(ApiModel model, Resource resource) {
        return new Example("{\n  \"rel\" : \"" + resource.name() + "\"\n}\n", "<resource rel=\"" + resource.name() + "\"/>\n");
    }
}
