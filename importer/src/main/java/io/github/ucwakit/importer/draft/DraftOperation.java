package io.github.ucwakit.importer.draft;

import java.util.List;

/** An operation as the importer will write it; {@code response} and {@code status} may be {@code null}. */
public record DraftOperation(
        String method,
        String review,
        String description,
        List<DraftParameter> request,
        String response,
        Integer status,
        List<DraftError> errors) {

    public DraftOperation {
        request = List.copyOf(request);
        errors = List.copyOf(errors);
    }
}
