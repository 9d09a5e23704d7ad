package io.github.ucwakit.schema;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when descriptors hold errors; carries every diagnostic found, errors and warnings, in order. */
public final class DescriptorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public DescriptorException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining(System.lineSeparator())));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
