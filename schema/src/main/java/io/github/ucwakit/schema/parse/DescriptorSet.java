package io.github.ucwakit.schema.parse;

import java.util.List;

/** Every descriptor of one load, as written, in the order the files were read. */
public record DescriptorSet(List<ResourceElement> resources, List<EnumerationElement> enumerations) {

    public DescriptorSet {
        resources = List.copyOf(resources);
        enumerations = List.copyOf(enumerations);
    }
}
