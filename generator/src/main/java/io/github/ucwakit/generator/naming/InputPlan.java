package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Resource;
import java.util.List;

/**
 * The Java names of the request body of a POST or PUT: its class ({@code <Resource>Input} for a POST,
 * {@code <Resource>PutInput} for a PUT), the binding that reads it ({@code <Class>Binding}) and one accessor per
 * parameter, in descriptor order.
 */
public record InputPlan(Resource resource, Operation operation, ClassName className, ClassName bindingName,
        List<ParameterPlan> parameters) {

    public InputPlan {
        parameters = List.copyOf(parameters);
    }
}
