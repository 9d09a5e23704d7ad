package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.source.MappingNode;
import java.util.List;

/** Binds a resource descriptor: its own keys, properties, links, embedded resources, events and scopes. */
final class ResourceBinder {

    static final String NAME_KEY = "resource";
    static final String JAVA_NAME_KEY = "javaName";
    static final String REVIEW_KEY = "review";
    private static final List<String> KEYS = List.of(DescriptorBinder.SCHEMA_KEY, NAME_KEY, "description",
            "properties", "links", "embedded", "events", "operations", "scopes", REVIEW_KEY);
    private static final List<String> PROPERTY_KEYS =
            List.of("name", "type", "description", JAVA_NAME_KEY, REVIEW_KEY);
    private static final List<String> LINK_KEYS =
            List.of("rel", "target", "array", "description", JAVA_NAME_KEY, REVIEW_KEY);
    private static final List<String> EMBEDDED_KEYS =
            List.of("key", "rel", "array", "description", JAVA_NAME_KEY, REVIEW_KEY);
    private static final List<String> EVENT_KEYS = List.of("type", "priority", "sender", "description");
    private static final List<String> SCOPE_KEYS = List.of("name", "permission", "description");

    private final OperationBinder operationBinder = new OperationBinder();

    ResourceElement bind(ParsedDescriptor descriptor, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(descriptor.root(), "resource descriptor", KEYS, sink);
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
        FieldReader fields = new FieldReader(mapping, "property", PROPERTY_KEYS, sink);
        return new PropertyElement(fields.location(), fields.requiredString("name"), fields.requiredString("type"),
                fields.string("description"), fields.string(JAVA_NAME_KEY), fields.string(REVIEW_KEY));
    }

    private static LinkElement link(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, "link", LINK_KEYS, sink);
        return new LinkElement(fields.location(), fields.requiredString("rel"), fields.string("target"),
                fields.bool("array"), fields.string("description"), fields.string(JAVA_NAME_KEY),
                fields.string(REVIEW_KEY));
    }

    private static EmbeddedElement embedded(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, "embedded resource", EMBEDDED_KEYS, sink);
        return new EmbeddedElement(fields.location(), fields.requiredString("key"), fields.string("rel"),
                fields.bool("array"), fields.string("description"), fields.string(JAVA_NAME_KEY),
                fields.string(REVIEW_KEY));
    }

    private static EventElement event(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, "event", EVENT_KEYS, sink);
        return new EventElement(fields.location(), fields.requiredString("type"), fields.string("priority"),
                fields.string("sender"), fields.string("description"));
    }

    private static ScopeElement scope(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, "scope", SCOPE_KEYS, sink);
        return new ScopeElement(fields.location(), fields.requiredString("name"), fields.string("permission"),
                fields.string("description"));
    }
}
