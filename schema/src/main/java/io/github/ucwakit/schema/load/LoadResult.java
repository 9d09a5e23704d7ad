package io.github.ucwakit.schema.load;

import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.model.ApiModel;
import java.util.List;
import java.util.Optional;

/**
 * What loading descriptors gave: every diagnostic (sorted by location) and, when there is no error,
 * the validated model.
 */
public record LoadResult(Optional<ApiModel> model, List<Diagnostic> diagnostics) {

    public LoadResult {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        if (model.isPresent() && diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new IllegalArgumentException("a model with errors");
        }
    }

    public boolean hasErrors() {
        return model.isEmpty();
    }

    /** The model, or a {@link DescriptorException} with every diagnostic when there are errors. */
    public ApiModel orThrow() throws DescriptorException {
        if (model.isEmpty()) {
            throw new DescriptorException(diagnostics);
        }
        return model.get();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
}
