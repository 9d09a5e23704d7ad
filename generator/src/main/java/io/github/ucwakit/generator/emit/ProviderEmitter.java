package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.ucwakit.generator.naming.InputPlan;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;
import io.github.ucwakit.runtime.BindingProvider;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code GeneratedBindings}, the {@code BindingProvider} listing every binding of the run (resource
 * bindings, and input bindings when there are any), and the {@code META-INF/services} entry that lets
 * {@code ServiceLoader} find it.
 */
final class ProviderEmitter implements Emitter<NamingPlan> {

    /** The services file, relative to the resource output folder. */
    static final String SERVICES_FILE = "META-INF/services/" + BindingProvider.class.getName();

    @Override
    public List<JavaFile> emit(NamingPlan plan) {
        CodeBlock bindings = plan.resources().stream()
                .map(r -> CodeBlock.of("$T.INSTANCE", r.bindingName()))
                .collect(CodeBlock.joining(",\n"));
        TypeSpec provider = TypeSpec.classBuilder(plan.provider())
                .addAnnotation(Nullness.NULL_MARKED)
                .addJavadoc("Every binding of package {@code $L}; registered for {@link java.util.ServiceLoader}.\n",
                        plan.javaPackage())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.BINDING_PROVIDER)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(BindingEmitter.override("bindings", RuntimeTypes.listOf(ParameterizedTypeName.get(
                                RuntimeTypes.RESOURCE_BINDING, WildcardTypeName.subtypeOf(Object.class))))
                        .addCode(plan.resources().isEmpty()
                                ? CodeBlock.of("return $T.of();\n", RuntimeTypes.LIST)
                                : CodeBlock.of("return $T.of($>$>\n$L$<$<);\n", RuntimeTypes.LIST, bindings))
                        .build())
                .addMethods(inputBindings(plan))
                .build();
        return List.of(FileHeader.javaFile(plan.javaPackage(), provider, sources(plan)));
    }

    /** {@code inputBindings()} listing the binding of every input class; nothing when there is none. */
    private static List<MethodSpec> inputBindings(NamingPlan plan) {
        List<InputPlan> inputs = plan.catalogs().stream().flatMap(c -> c.inputs().stream()).toList();
        if (inputs.isEmpty()) {
            return List.of();
        }
        CodeBlock bindings = inputs.stream()
                .map(i -> CodeBlock.of("$T.INSTANCE", i.bindingName()))
                .collect(CodeBlock.joining(",\n"));
        return List.of(BindingEmitter.override("inputBindings", RuntimeTypes.listOf(ParameterizedTypeName.get(
                        RuntimeTypes.INPUT_BINDING, WildcardTypeName.subtypeOf(Object.class))))
                .addStatement("return $T.of($>$>\n$L$<$<)", RuntimeTypes.LIST, bindings)
                .build());
    }

    /** The services file's content: a comment naming its origin, then the provider class. */
    String servicesFile(NamingPlan plan) {
        return "# " + String.join("\n# ", FileHeader.comment(sources(plan)).split("\n")) + "\n"
                + plan.provider().canonicalName() + "\n";
    }

    private static List<String> sources(NamingPlan plan) {
        return plan.resources().stream().map(ResourcePlan::resource).map(r -> r.sourceFile()).sorted().toList();
    }
}
