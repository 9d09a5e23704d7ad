package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.source.MappingNode;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.util.List;

/** Binds a resource descriptor: its own keys, properties, links, embedded resources, events and scopes. */
final class ResourceBinder {

    static final String NAME_KEY = "resource";
    static final String JAVA_NAME_KEY = DescriptorShape.Keys.JAVA_NAME;
    static final String REVIEW_KEY = DescriptorShape.Keys.REVIEW;

    private final OperationBinder operationBinder = new OperationBinder();

    ResourceElement bind(ParsedDescriptor descriptor, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(descriptor.root(), DescriptorShape.RESOURCE, sink);
        return new ResourceElement(
                fields.location(),
                descriptor.sourceFile(),
                fields.requiredString(NAME_KEY),
                fields.string("description"),
                fields.mappings("properties").stream().map(m -> property(m, sink)).toList(),
                fields.mappings("links").stream().map(m -> link(m, sink)).toList(),
                fields.mappings("embedded").stream().map(m -> embedded(m, sink)).toList(),
                fields.mappings("events").stream().map(m -> event(m, sink)).toList(),
                fields.mappings("operations").stream().map(m -> operationBinder.bind(m, sink)).toList(),
                fields.mappings("scopes").stream().map(m -> scope(m, sink)).toList(),
                fields.string(REVIEW_KEY));
    }

    private static PropertyElement property(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, DescriptorShape.PROPERTY, sink);
        return new PropertyElement(fields.location(), fields.requiredString("name"), fields.requiredString("type"),
                fields.string("description"), fields.string(JAVA_NAME_KEY), fields.string(REVIEW_KEY));
    }

    private static LinkElement link(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, DescriptorShape.LINK, sink);
        return new LinkElement(fields.location(), fields.requiredString("rel"), fields.string("target"),
                fields.bool("array"), fields.string("description"), fields.string(JAVA_NAME_KEY),
                fields.string(REVIEW_KEY));
    }

    private static EmbeddedElement embedded(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, DescriptorShape.EMBEDDED, sink);
        return new EmbeddedElement(fields.location(), fields.requiredString("key"), fields.string("rel"),
                fields.bool("array"), fields.string("description"), fields.string(JAVA_NAME_KEY),
                fields.string(REVIEW_KEY));
    }

    private static EventElement event(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, DescriptorShape.EVENT, sink);
        return new EventElement(fields.location(), fields.requiredString("type"), fields.string("priority"),
                fields.string("sender"), fields.string("description"));
    }

    private static ScopeElement scope(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, DescriptorShape.SCOPE, sink);
        return new ScopeElement(fields.location(), fields.requiredString("name"), fields.string("permission"),
                fields.string("description"));
    }
}
