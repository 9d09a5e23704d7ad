package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.OperationPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;
import io.github.ucwakit.schema.model.Operation;
import java.util.List;

/**
 * Emits {@code <Resource>Operations}: one {@code OperationDescription} constant per operation, typed by the class
 * of its request body ({@code Void}, the input class, or the resource class for a PUT that sends the resource) and
 * the class its response body is read into, with its method, success status, request-body class and error table (the
 * entries of {@code ErrorEntries}, which every operation shares; {@link OperationDescription#errors()}). The
 * constants carry no Javadoc: their initializers already say all of it.
 */
final class OperationEmitter implements Emitter<CatalogPlan> {

    private static final ClassName VOID = ClassName.get(Void.class);
    private static final String PUT = "PUT";

    private final NamingPlan plan;

    OperationEmitter(NamingPlan plan) {
        this.plan = plan;
    }

    @Override
    public List<JavaFile> emit(CatalogPlan catalog) {
        if (catalog.operationsClass() == null) {
            return List.of();
        }
        String resource = catalog.resource().name();
        TypeSpec.Builder spec = CatalogClasses.constantsClass(catalog.operationsClass())
                .addJavadoc("The operations on $L: how each is called, what it returns and which errors it"
                        + " documents.\n", Docs.code(resource));
        for (OperationPlan operation : catalog.operations()) {
            Operation op = operation.operation();
            ClassName response = responseClass(op);
            CodeBlock.Builder initializer = CodeBlock.builder()
                    .add("$T.builder($S, $T.$N)$>$>", RuntimeTypes.OPERATION_DESCRIPTION, resource,
                            RuntimeTypes.HTTP_METHOD, op.method());
            if (Docs.present(op.description())) {
                initializer.add("\n.description($S)", op.description());
            }
            if (op.status() != null) {
                initializer.add("\n.status($L)", op.status());
            }
            if (!operation.errors().isEmpty()) {
                initializer.add("\n.errors($T.of($L))", RuntimeTypes.ERROR_CATALOG, operation.errors().stream()
                        .map(row -> CodeBlock.of("$T.$N", plan.errorEntries(), row.constant()))
                        .collect(CodeBlock.joining(",$W")));
            }
            TypeName body = bodyClass(catalog, operation);
            if (operation.inputPlan().isPresent()) {
                initializer.add("\n.input($T.class)", body);
            } else if (!body.equals(VOID)) {
                initializer.add("\n.sends($T.INSTANCE)", resourceBinding(catalog));
            }
            if (op.response() != null) {
                initializer.add("\n.response($S, $T.class)", op.response(), response);
            }
            initializer.add("\n.build()$<$<");
            spec.addField(CatalogClasses.constant(
                            ParameterizedTypeName.get(RuntimeTypes.OPERATION_DESCRIPTION, body, response),
                            operation.constant())
                    .initializer(initializer.build())
                    .build());
        }
        return List.of(FileHeader.javaFile(catalog.operationsClass().packageName(), spec.build(),
                List.of(catalog.resource().sourceFile())));
    }

    /**
     * The class of the request body: the input class of an operation with one, the resource class for a PUT without
     * one (it sends the resource itself), else {@code Void}.
     */
    private TypeName bodyClass(CatalogPlan catalog, OperationPlan operation) {
        if (operation.inputPlan().isPresent()) {
            return operation.inputPlan().get().className();
        }
        if (operation.operation().method().equals(PUT)) {
            return resourcePlan(catalog).className();
        }
        return VOID;
    }

    private ClassName resourceBinding(CatalogPlan catalog) {
        return resourcePlan(catalog).bindingName();
    }

    private ResourcePlan resourcePlan(CatalogPlan catalog) {
        return plan.resources().stream().filter(r -> r.resource() == catalog.resource()).findFirst().orElseThrow(() ->
                new IllegalStateException("no resource plan for " + catalog.resource().name()));
    }

    /** The class a response body is read into: generated, generic for an undescribed rel, or none. */
    private ClassName responseClass(Operation operation) {
        if (operation.response() == null) {
            return RuntimeTypes.UCWA_RESOURCE;
        }
        return plan.resource(operation.response()).map(ResourcePlan::className).orElse(RuntimeTypes.GENERIC_RESOURCE);
    }

}
