package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;
import java.util.List;

/**
 * An item of a resource's {@code operations} as written; {@code request} holds the body parameters, {@code review} is
 * null when absent.
 */
public record OperationElement(
        SourceLocation location,
        Located<String> method,
        Located<String> description,
        List<ParameterElement> request,
        Located<String> response,
        Located<Long> status,
        List<ErrorRowElement> errors,
        Located<String> review) {

    public OperationElement {
        request = List.copyOf(request);
        errors = List.copyOf(errors);
    }
}
