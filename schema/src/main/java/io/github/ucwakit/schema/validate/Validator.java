package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.parse.DescriptorSet;
import java.util.List;

/** One validation rule over every descriptor of a load. Never throws; returns each problem as a diagnostic. */
public interface Validator {

    List<Diagnostic> validate(DescriptorSet descriptors);
}
