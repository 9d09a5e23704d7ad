package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.source.MappingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds located trees into the parse model. A descriptor with a top-level {@code enumeration} key (or, when it has
 * neither, a {@code members} key) is an enumeration; any other is a resource.
 */
public final class DescriptorBinder {

    static final String SCHEMA_KEY = "$schema";

    private final ResourceBinder resourceBinder = new ResourceBinder();
    private final EnumerationBinder enumerationBinder = new EnumerationBinder();

    /** The elements of every descriptor; problems go to {@code sink}. */
    public DescriptorSet bind(List<ParsedDescriptor> descriptors, List<Diagnostic> sink) {
        List<ResourceElement> resources = new ArrayList<>();
        List<EnumerationElement> enumerations = new ArrayList<>();
        for (ParsedDescriptor descriptor : descriptors) {
            MappingNode root = descriptor.root();
            if (root.has(ResourceBinder.NAME_KEY) && root.has(EnumerationBinder.NAME_KEY)) {
                sink.add(Diagnostic.error(root.location(), "a descriptor describes either a resource or an"
                        + " enumeration; it cannot hold both 'resource' and 'enumeration'"));
            } else if (isEnumeration(root)) {
                enumerations.add(enumerationBinder.bind(descriptor, sink));
            } else {
                resources.add(resourceBinder.bind(descriptor, sink));
            }
        }
        return new DescriptorSet(resources, enumerations);
    }

    private static boolean isEnumeration(MappingNode root) {
        return root.has(EnumerationBinder.NAME_KEY)
                || (!root.has(ResourceBinder.NAME_KEY) && root.has(EnumerationBinder.MEMBERS_KEY));
    }
}
