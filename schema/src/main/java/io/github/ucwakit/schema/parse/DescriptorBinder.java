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
        // Each descriptor binds on its own: done on every core, each with its own problems, which are then taken
        // in file order as a sequential run would report them.
        List<Bound> bound = descriptors.parallelStream().map(this::bind).toList();
        List<ResourceElement> resources = new ArrayList<>();
        List<EnumerationElement> enumerations = new ArrayList<>();
        for (Bound one : bound) {
            sink.addAll(one.diagnostics());
            if (one.resource() != null) {
                resources.add(one.resource());
            }
            if (one.enumeration() != null) {
                enumerations.add(one.enumeration());
            }
        }
        return new DescriptorSet(resources, enumerations);
    }

    private Bound bind(ParsedDescriptor descriptor) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        MappingNode root = descriptor.root();
        if (root.has(ResourceBinder.NAME_KEY) && root.has(EnumerationBinder.NAME_KEY)) {
            diagnostics.add(Diagnostic.error(root.location(), "a descriptor describes either a resource or an"
                    + " enumeration; it cannot hold both 'resource' and 'enumeration'"));
            return new Bound(null, null, diagnostics);
        }
        if (isEnumeration(root)) {
            return new Bound(null, enumerationBinder.bind(descriptor, diagnostics), diagnostics);
        }
        return new Bound(resourceBinder.bind(descriptor, diagnostics), null, diagnostics);
    }

    /** What one descriptor binds to (a resource, an enumeration, or neither) and the problems it has. */
    private record Bound(ResourceElement resource, EnumerationElement enumeration, List<Diagnostic> diagnostics) {}

    private static boolean isEnumeration(MappingNode root) {
        return root.has(EnumerationBinder.NAME_KEY)
                || (!root.has(ResourceBinder.NAME_KEY) && root.has(EnumerationBinder.MEMBERS_KEY));
    }
}
