package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.WarningKind;
import io.github.ucwakit.schema.model.ErrorRow;
import io.github.ucwakit.schema.model.Event;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.naming.JavaNames;
import io.github.ucwakit.schema.naming.ReservedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Names what a resource's descriptor says beyond its members: the classes {@code <Resource>Events},
 * {@code <Resource>Operations} and the request-body classes, the constants and accessors inside them, and the
 * constants of the error entries every resource shares ({@link #errorEntries()}). Classes are claimed after every resource, enumeration and binding class, so adding events
 * or operations never renames those.
 */
final class CatalogPlanner {

    /** The constant holding every event of an events class. */
    static final String CATALOG = "CATALOG";

    /** The class of the error entries shared by every operation's error table. */
    static final String ERROR_ENTRIES = "ErrorEntries";

    private static final Predicate<String> RESERVED_CONSTANT = n -> ReservedNames.isReservedMember(n) || n.equals(CATALOG);
    private static final Predicate<String> RESERVED_PARAMETER = n -> ReservedNames.isReservedMember(n)
            || n.equals("writeTo");

    private final String javaPackage;
    private final NameAllocator classes;
    private final List<Diagnostic> warnings;
    private final ErrorEntryNames errorEntries = new ErrorEntryNames();

    CatalogPlanner(String javaPackage, NameAllocator classes, List<Diagnostic> warnings) {
        this.javaPackage = javaPackage;
        this.classes = classes;
        this.warnings = warnings;
    }

    CatalogPlan plan(Resource resource) {
        String base = JavaNames.upperCamel(resource.name());
        boolean operations = !resource.operations().isEmpty();
        ClassName eventsClass = resource.events().isEmpty() ? null
                : claimClass(base + "Events", resource.location(), "events class of resource " + resource.name());
        ClassName operationsClass = operations ? claimClass(base + "Operations", resource.location(),
                "operations class of resource " + resource.name()) : null;

        NameAllocator eventNames = new NameAllocator(RESERVED_CONSTANT, false, NameAllocator.Suffix.UNDERSCORE);
        List<EventPlan> events = new ArrayList<>();
        for (Event event : resource.events()) {
            events.add(new EventPlan(event, claim(eventNames, JavaNames.upperSnake(event.type()), event.location(),
                    "event " + event.type() + " of resource " + resource.name())));
        }

        NameAllocator errorNames = new NameAllocator(RESERVED_CONSTANT, false, NameAllocator.Suffix.UNDERSCORE);
        List<String> operationConstants = new ArrayList<>();
        for (Operation operation : resource.operations()) {
            operationConstants.add(claim(errorNames, JavaNames.upperSnake(operation.method()), operation.location(),
                    "operation " + operation.method() + " of resource " + resource.name()));
        }
        List<OperationPlan> operationPlans = new ArrayList<>();
        for (int i = 0; i < resource.operations().size(); i++) {
            Operation operation = resource.operations().get(i);
            String constant = operationConstants.get(i);
            List<ErrorRowPlan> rows = new ArrayList<>();
            for (ErrorRow row : operation.errors()) {
                rows.add(new ErrorRowPlan(row, errorEntries.constant(row)));
            }
            operationPlans.add(new OperationPlan(operation, constant, rows, input(resource, base, operation)));
        }
        return new CatalogPlan(resource, eventsClass, operationsClass, events, operationPlans);
    }

    /** The class of the error entries the planned operations list, claimed now; {@code null} when they list none. */
    ClassName errorEntries() {
        if (errorEntries.isEmpty()) {
            return null;
        }
        return claimClass(ERROR_ENTRIES, errorEntries.firstLocation(), "the class of error entries");
    }

    private InputPlan input(Resource resource, String base, Operation operation) {
        boolean post = operation.method().equals("POST");
        if (!(post || operation.method().equals("PUT")) || operation.parameters().isEmpty()
                || !post && replacesProperties(resource, operation)) {
            return null;
        }
        String suffix = post ? "Input" : JavaNames.upperCamel(operation.method().toLowerCase(Locale.ROOT)) + "Input";
        ClassName type = claimClass(base + suffix, operation.location(),
                "request body of " + operation.method() + " " + resource.name());
        ClassName binding = claimClass(type.simpleName() + "Binding", operation.location(),
                "binding of the request body of " + operation.method() + " " + resource.name());
        NameAllocator members = new NameAllocator(RESERVED_PARAMETER, false, NameAllocator.Suffix.PLAIN);
        List<ParameterPlan> parameters = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            String wanted = io.github.ucwakit.schema.naming.JavaNames.memberName(parameter.name(), parameter.javaName());
            parameters.add(new ParameterPlan(parameter, claim(members, wanted,
                    parameter.location(), "parameter " + parameter.name() + " of " + type.simpleName())));
        }
        return new InputPlan(resource, operation, type, binding, parameters);
    }

    /**
     * Whether every request parameter of a PUT is a property of the resource of the same type: the request body is
     * then the resource itself (sent with {@code OperationDescription.put}), so no input class repeats its members.
     */
    private static boolean replacesProperties(Resource resource, Operation operation) {
        return operation.parameters().stream().allMatch(parameter -> resource.properties().stream().anyMatch(
                property -> property.name().equals(parameter.name())
                        && property.type().spelling().equals(parameter.type().spelling())));
    }

    private ClassName claimClass(String candidate, SourceLocation location, String what) {
        NameAllocator.Allocation allocation = classes.allocate(candidate);
        if (allocation.renamed()) {
            warnings.add(Diagnostic.warning(WarningKind.JAVA_RENAME, location, String.format(
                    "%s is generated as class %s: %s is already used by another class (names that differ only"
                            + " in case collide)", what, allocation.name(), allocation.wanted())));
        }
        return ClassName.get(javaPackage, allocation.name());
    }

    private String claim(NameAllocator names, String candidate, SourceLocation location, String what) {
        NameAllocator.Allocation allocation = names.allocate(candidate);
        if (allocation.renamed()) {
            warnings.add(Diagnostic.warning(WarningKind.JAVA_RENAME, location, String.format(
                    "%s is generated as %s: %s is already used", what, allocation.name(), allocation.wanted())));
        }
        return allocation.name();
    }
}
