package io.github.ucwakit.schema.resolve;

import static io.github.ucwakit.schema.resolve.ModelResolver.optional;
import static io.github.ucwakit.schema.resolve.ModelResolver.required;
import static io.github.ucwakit.schema.resolve.ModelResolver.text;

import io.github.ucwakit.schema.model.Embedded;
import io.github.ucwakit.schema.model.ErrorRow;
import io.github.ucwakit.schema.model.Event;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import io.github.ucwakit.schema.model.Scope;
import io.github.ucwakit.schema.model.Type;
import io.github.ucwakit.schema.parse.EmbeddedElement;
import io.github.ucwakit.schema.parse.ErrorRowElement;
import io.github.ucwakit.schema.parse.EventElement;
import io.github.ucwakit.schema.parse.LinkElement;
import io.github.ucwakit.schema.parse.Located;
import io.github.ucwakit.schema.parse.OperationElement;
import io.github.ucwakit.schema.parse.ParameterElement;
import io.github.ucwakit.schema.parse.PropertyElement;
import io.github.ucwakit.schema.parse.ResourceElement;
import io.github.ucwakit.schema.parse.ScopeElement;
import io.github.ucwakit.schema.parse.TypeParser;

/**
 * Resolves one resource element, applying the defaults: a link's target is its rel, an embedded rel is its key,
 * {@code array} and {@code required} are false.
 */
final class ResourceResolver {

    private final TypeParser types;

    ResourceResolver(TypeParser types) {
        this.types = types;
    }

    Resource resolve(ResourceElement element) {
        return new Resource(
                element.location(),
                element.sourceFile(),
                required(element.name()),
                text(element.description()),
                element.properties().stream().map(this::property).toList(),
                element.links().stream().map(ResourceResolver::link).toList(),
                element.embedded().stream().map(ResourceResolver::embedded).toList(),
                element.events().stream().map(ResourceResolver::event).toList(),
                element.operations().stream().map(this::operation).toList(),
                element.scopes().stream().map(ResourceResolver::scope).toList(),
                optional(element.review()));
    }

    private Property property(PropertyElement element) {
        return new Property(element.location(), required(element.name()), type(element.type()),
                text(element.description()), optional(element.javaName()), optional(element.review()));
    }

    private static ResourceLink link(LinkElement element) {
        String rel = required(element.rel());
        return new ResourceLink(element.location(), rel, Located.valueOr(element.target(), rel),
                Located.valueOr(element.array(), false), text(element.description()), optional(element.javaName()),
                optional(element.review()));
    }

    private static Embedded embedded(EmbeddedElement element) {
        String key = required(element.key());
        return new Embedded(element.location(), key, Located.valueOr(element.rel(), key),
                Located.valueOr(element.array(), false), text(element.description()), optional(element.javaName()),
                optional(element.review()));
    }

    private static Event event(EventElement element) {
        return new Event(element.location(), required(element.type()), Located.valueOr(element.priority(), null),
                Located.valueOr(element.sender(), null), text(element.description()));
    }

    private Operation operation(OperationElement element) {
        Long status = Located.valueOr(element.status(), null);
        return new Operation(
                element.location(),
                required(element.method()),
                text(element.description()),
                element.request().stream().map(this::parameter).toList(),
                Located.valueOr(element.response(), null),
                status == null ? null : Math.toIntExact(status),
                element.errors().stream().map(ResourceResolver::errorRow).toList(),
                optional(element.review()));
    }

    private Parameter parameter(ParameterElement element) {
        return new Parameter(element.location(), required(element.name()), type(element.type()),
                Located.valueOr(element.required(), false), text(element.description()), optional(element.javaName()),
                optional(element.review()));
    }

    private static ErrorRow errorRow(ErrorRowElement element) {
        return new ErrorRow(element.location(), required(element.error()), Math.toIntExact(required(element.code())),
                required(element.subcode()), text(element.description()));
    }

    private static Scope scope(ScopeElement element) {
        return new Scope(element.location(), required(element.name()), text(element.permission()),
                text(element.description()));
    }

    private Type type(Located<String> spelling) {
        return types.parse(required(spelling)).type()
                .orElseThrow(() -> new IllegalStateException("resolving a type that did not validate"));
    }
}
