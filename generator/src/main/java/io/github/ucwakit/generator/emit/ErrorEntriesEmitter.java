package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.ErrorRowPlan;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.OperationPlan;
import io.github.ucwakit.schema.model.ErrorRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Emits {@code ErrorEntries}: one {@code ErrorEntry} constant per distinct row of the operations' synchronous
 * error tables ({@code CONFLICT_ALREADY_EXISTS}), which each operation's {@code ErrorCatalog} lists, so a row the
 * reference repeats for many operations is generated once. A row carries no Javadoc: its initializer already says
 * all of it.
 */
final class ErrorEntriesEmitter {

    List<JavaFile> emit(NamingPlan plan) {
        if (plan.errorEntries() == null) {
            return List.of();
        }
        TypeSpec.Builder spec = CatalogClasses.constantsClass(plan.errorEntries())
                .addJavadoc("The synchronous errors the operations document, each once; an operation's table is\n"
                        + "{@code <Resource>Operations.<METHOD>.errors()}. Errors any operation may return are in\n"
                        + "{@link $T}.\n", RuntimeTypes.GENERIC_ERRORS);
        Set<String> emitted = new HashSet<>();
        List<String> sources = new ArrayList<>();
        for (CatalogPlan catalog : plan.catalogs()) {
            boolean listed = false;
            for (OperationPlan operation : catalog.operations()) {
                for (ErrorRowPlan row : operation.errors()) {
                    listed = true;
                    if (emitted.add(row.constant())) {
                        ErrorRow error = row.row();
                        spec.addField(CatalogClasses.constant(RuntimeTypes.ERROR_ENTRY, row.constant())
                                .initializer("new $T($S, $L, $S,\n$>$>$S$<$<)", RuntimeTypes.ERROR_ENTRY,
                                        error.error(), error.code(), error.subcode(), error.description())
                                .build());
                    }
                }
            }
            if (listed) {
                sources.add(catalog.resource().sourceFile());
            }
        }
        return List.of(FileHeader.javaFile(plan.errorEntries().packageName(), spec.build(),
                sources.stream().sorted().toList()));
    }
}
