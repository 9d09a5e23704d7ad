package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.ErrorRowPlan;
import io.github.ucwakit.generator.naming.OperationPlan;
import io.github.ucwakit.schema.model.ErrorRow;
import java.util.List;

/**
 * Emits {@code <Resource>Errors}: one {@code ErrorEntry} constant per row of each operation's synchronous error
 * table ({@code GET_CONFLICT_ALREADY_EXISTS}), and per operation an {@code ErrorCatalog} of its rows ({@code GET})
 * that finds the row a failed response is. A row carries no Javadoc: its initializer already says all of it.
 */
final class ErrorCatalogEmitter implements Emitter<CatalogPlan> {

    @Override
    public List<JavaFile> emit(CatalogPlan plan) {
        if (plan.errorsClass() == null) {
            return List.of();
        }
        String resource = plan.resource().name();
        TypeSpec.Builder spec = CatalogClasses.constantsClass(plan.errorsClass())
                .addJavadoc("The synchronous errors specific to each operation on $L, as the reference lists them.\n"
                        + "Errors any operation may return are in {@link $T}.\n", Docs.code(resource),
                        RuntimeTypes.GENERIC_ERRORS);
        for (OperationPlan operation : plan.operations()) {
            String method = operation.operation().method();
            for (ErrorRowPlan row : operation.errors()) {
                ErrorRow error = row.row();
                spec.addField(CatalogClasses.constant(RuntimeTypes.ERROR_ENTRY, row.constant())
                        .initializer("new $T($S, $L, $S,\n$>$>$S$<$<)", RuntimeTypes.ERROR_ENTRY, error.error(), error.code(),
                                error.subcode(), error.description())
                        .build());
            }
            spec.addField(CatalogClasses.constant(RuntimeTypes.ERROR_CATALOG, operation.constant())
                    .addJavadoc("The error table of $L $L, in reference order.\n", method, Docs.code(resource))
                    .initializer("$T.of($>$>$L$<$<)", RuntimeTypes.ERROR_CATALOG, operation.errors().stream()
                            .map(row -> CodeBlock.of("\n$N", row.constant())).collect(CodeBlock.joining(",")))
                    .build());
        }
        return List.of(FileHeader.javaFile(plan.errorsClass().packageName(), spec.build(),
                List.of(plan.resource().sourceFile())));
    }
}
