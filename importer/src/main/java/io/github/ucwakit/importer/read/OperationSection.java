package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.sample.SampleText;
import java.util.List;

/** An operation of a resource page: a method heading and its subsections. */
public record OperationSection(
        int line,
        String method,
        String description,
        List<ParameterEntry> request,
        ResponseStatement response,
        List<ErrorEntry> errors,
        List<SampleText> samples) {

    public OperationSection {
        request = List.copyOf(request);
        errors = List.copyOf(errors);
        samples = List.copyOf(samples);
    }
}
