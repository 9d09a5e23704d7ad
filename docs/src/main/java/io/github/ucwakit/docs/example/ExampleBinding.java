package io.github.ucwakit.docs.example;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Embedded;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import io.github.ucwakit.schema.model.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an {@link ExampleResource} through the runtime's {@link ResourceWriter}, the way a generated binding
 * writes a real one: self link, links, properties with a placeholder of their type, embedded resources (one under
 * an array key), each in descriptor order. It only writes: examples are never read back.
 */
final class ExampleBinding implements ResourceBinding<ExampleResource> {

    private final ApiModel model;
    private final String rel;

    ExampleBinding(ApiModel model, String rel) {
        this.model = model;
        this.rel = rel;
    }

    /** The example of a described resource, at the root of a payload. */
    static ExampleResource root(Resource resource) {
        return new ExampleResource(
                resource.name(),
                Link.of("self", Placeholders.HREF_ROOT + resource.name()),
                Optional.of(resource),
                List.of());
    }

    @Override
    public String rel() {
        return rel;
    }

    @Override
    public Class<ExampleResource> type() {
        return ExampleResource.class;
    }

    @Override
    public ExampleResource read(ResourceReader reader) {
        throw new UnsupportedOperationException("example payloads are only written");
    }

    @Override
    public void write(ExampleResource resource, ResourceWriter writer) {
        writer.beginResource(resource.rel(), resource.selfLink());
        resource.description().ifPresent(description -> {
            links(description, resource.selfLink().href(), writer);
            description.properties().forEach(property -> property(property, writer));
            description.embedded().forEach(embedded -> embedded(resource, embedded, writer));
        });
        writer.endResource();
    }

    private static void links(Resource description, String self, ResourceWriter writer) {
        for (ResourceLink link : description.links()) {
            if (link.rel().equals("self")) {
                continue;
            }
            Link example = Link.of(link.rel(), self + "/" + link.rel());
            if (link.array()) {
                writer.links(link.rel(), List.of(example));
            } else {
                writer.link(example);
            }
        }
    }

    private void property(Property property, ResourceWriter writer) {
        String name = property.name();
        Type type = property.type();
        if (type instanceof Type.ListOf list) {
            listProperty(name, list.element(), writer);
        } else if (type instanceof Type.EnumRef ref) {
            writer.stringProperty(name, Placeholders.enumValue(model, ref.name()));
        } else {
            switch (((Type.Scalar) type).kind()) {
                case STRING -> writer.stringProperty(name, Placeholders.STRING);
                case INT -> writer.intProperty(name, Placeholders.INT);
                case LONG -> writer.longProperty(name, Placeholders.LONG);
                case BOOLEAN -> writer.booleanProperty(name, Placeholders.BOOLEAN);
                case DATE -> writer.dateProperty(name, Placeholders.date());
            }
        }
    }

    private void listProperty(String name, Type element, ResourceWriter writer) {
        if (element instanceof Type.EnumRef ref) {
            writer.stringListProperty(name, List.of(Placeholders.enumValue(model, ref.name())));
            return;
        }
        switch (((Type.Scalar) element).kind()) {
            case STRING -> writer.stringListProperty(name, List.of(Placeholders.STRING));
            case INT -> writer.intListProperty(name, List.of(Placeholders.INT));
            case LONG -> writer.longListProperty(name, List.of(Placeholders.LONG));
            case BOOLEAN -> writer.booleanListProperty(name, List.of(Placeholders.BOOLEAN));
            case DATE -> writer.dateListProperty(name, List.of(Placeholders.date()));
        }
    }

    private void embedded(ExampleResource parent, Embedded embedded, ResourceWriter writer) {
        List<String> enclosing = new ArrayList<>(parent.enclosing());
        enclosing.add(parent.rel());
        Optional<Resource> description = enclosing.contains(embedded.rel())
                ? Optional.empty()
                : model.resource(embedded.rel());
        ExampleResource child = new ExampleResource(
                embedded.rel(),
                Link.of("self", parent.selfLink().href() + "/" + embedded.key()),
                description,
                enclosing);
        ExampleBinding binding = new ExampleBinding(model, embedded.rel());
        if (embedded.array()) {
            writer.embeddedList(embedded.key(), binding, List.of(child));
        } else {
            writer.embedded(embedded.key(), binding, child);
        }
    }
}
