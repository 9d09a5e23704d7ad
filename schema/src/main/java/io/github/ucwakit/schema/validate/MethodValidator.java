package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.OperationElement;
import io.github.ucwakit.schema.parse.Suggestions;
import java.util.List;
import java.util.Objects;

/** An operation's method is GET, POST, PUT or DELETE, in capitals. */
final class MethodValidator implements Validator {

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        return descriptors.resources().stream()
                .flatMap(resource -> resource.operations().stream())
                .map(OperationElement::method)
                .filter(Objects::nonNull)
                .filter(method -> !METHODS.contains(method.value()))
                .map(method -> Diagnostic.error(method.location(), "unknown method '" + method.value()
                        + "'; expected GET, POST, PUT or DELETE" + Suggestions.hint(method.value(), METHODS)))
                .toList();
    }
}
