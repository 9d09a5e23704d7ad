package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;
import java.util.List;

/**
 * An HTTP operation on a resource.
 *
 * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
 * @param parameters the request-body parameters (empty when the request has no body)
 * @param response the rel of the resource in the response body, or {@code null} when there is none
 * @param status the success status code, or {@code null} when the reference does not state one
 * @param errors the synchronous errors specific to this operation, in the order the reference lists them
 * @param review a note an importer left for a human reader, or {@code null}
 */
public record Operation(
        SourceLocation location,
        String method,
        String description,
        List<Parameter> parameters,
        String response,
        Integer status,
        List<ErrorRow> errors,
        String review) {

    public Operation {
        parameters = List.copyOf(parameters);
        errors = List.copyOf(errors);
    }

    /** An operation without review. */
    public Operation(
            SourceLocation location,
            String method,
            String description,
            List<Parameter> parameters,
            String response,
            Integer status,
            List<ErrorRow> errors) {
        this(location, method, description, parameters, response, status, errors, null);
    }
}
