package io.github.ucwakit.schema.parse;

import java.util.List;
import java.util.Set;

/**
 * Every descriptor of one load, as written, in the order the files were read.
 *
 * @param unreadableNames names that descriptor files which could not be read may describe: a reference to one of
 *     them is not reported, since the broken file already has its errors
 */
public record DescriptorSet(
        List<ResourceElement> resources, List<EnumerationElement> enumerations, Set<String> unreadableNames) {

    public DescriptorSet {
        resources = List.copyOf(resources);
        enumerations = List.copyOf(enumerations);
        unreadableNames = Set.copyOf(unreadableNames);
    }

    public DescriptorSet(List<ResourceElement> resources, List<EnumerationElement> enumerations) {
        this(resources, enumerations, Set.of());
    }

    /** These descriptors, with the names that unreadable files may describe. */
    public DescriptorSet withUnreadableNames(Set<String> names) {
        return new DescriptorSet(resources, enumerations, names);
    }
}
