package io.github.ucwakit.generator.naming;

import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Type;

/** The accessor of one request parameter, also its builder setter and field. */
public record ParameterPlan(Parameter parameter, String accessor) {

    public boolean isList() {
        return parameter.type() instanceof Type.ListOf;
    }
}
