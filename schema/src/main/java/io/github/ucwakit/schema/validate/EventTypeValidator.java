package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.EventElement;
import io.github.ucwakit.schema.parse.Suggestions;
import java.util.List;
import java.util.Objects;

/** An event's type is one the event channel delivers: added, updated, deleted, started or completed. */
final class EventTypeValidator implements Validator {

    static final List<String> TYPES = List.of("added", "updated", "deleted", "started", "completed");

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        return descriptors.resources().stream()
                .flatMap(resource -> resource.events().stream())
                .map(EventElement::type)
                .filter(Objects::nonNull)
                .filter(type -> !TYPES.contains(type.value()))
                .map(type -> Diagnostic.error(type.location(), "unknown event type '" + type.value()
                        + "'; expected added, updated, deleted, started or completed"
                        + Suggestions.hint(type.value(), TYPES)))
                .toList();
    }
}
