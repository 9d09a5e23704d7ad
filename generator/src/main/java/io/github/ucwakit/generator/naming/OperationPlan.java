package io.github.ucwakit.generator.naming;

import io.github.ucwakit.schema.model.Operation;
import java.util.List;
import java.util.Optional;

/**
 * The Java names of one operation.
 *
 * @param constant the operation's constant in the operations class, for example {@code GET}
 * @param errors its error rows with their shared constants, in descriptor order
 * @param input the class of its request body; {@code null} unless it is a POST or PUT with request parameters
 */
public record OperationPlan(Operation operation, String constant, List<ErrorRowPlan> errors, InputPlan input) {

    public OperationPlan {
        errors = List.copyOf(errors);
    }

    public Optional<InputPlan> inputPlan() {
        return Optional.ofNullable(input);
    }
}
