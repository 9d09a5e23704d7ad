package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.schema.model.Resource;
import java.util.List;
import java.util.Optional;

/**
 * The Java names of what a resource's descriptor says beyond its members: its events, its operations, their error
 * rows (constants of the shared error entries class, {@link NamingPlan#errorEntries()}) and request bodies.
 *
 * @param eventsClass the class of event constants; {@code null} when the resource has no events
 * @param operationsClass the class of operation constants; {@code null} when the resource has no operations
 * @param events in descriptor order
 * @param operations in descriptor order
 */
public record CatalogPlan(
        Resource resource,
        ClassName eventsClass,
        ClassName operationsClass,
        List<EventPlan> events,
        List<OperationPlan> operations) {

    public CatalogPlan {
        events = List.copyOf(events);
        operations = List.copyOf(operations);
    }

    /** The input classes of the resource's operations, in operation order. */
    public List<InputPlan> inputs() {
        return operations.stream().map(OperationPlan::inputPlan).flatMap(Optional::stream).toList();
    }
}
