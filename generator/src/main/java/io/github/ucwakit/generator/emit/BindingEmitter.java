package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code XBinding}, the stateless {@code ResourceBinding} of a resource, which extends the runtime's
 * {@code GeneratedBinding} (rel and class given to its constructor, and the read loop): a singleton
 * {@code INSTANCE}, the methods that read the resource's own members (see {@link BindingReadMethods}) and those
 * the base class writes the resource with (see {@link BindingWriteMethods}).
 */
final class BindingEmitter implements Emitter<ResourcePlan> {

    private final TypeMapper types;

    BindingEmitter(NamingPlan plan) {
        this.types = new TypeMapper(plan);
    }

    @Override
    public List<JavaFile> emit(ResourcePlan plan) {
        ClassName binding = plan.bindingName();
        ClassName resource = plan.className();
        TypeSpec.Builder spec = singleton(binding, CodeBlock.of("super($T.REL, $T.class)", resource, resource))
                .addJavadoc("Reads and writes {@link $T} resources ({@code $L}) in JSON and XML.\n", resource,
                        plan.resource().name())
                .superclass(ParameterizedTypeName.get(RuntimeTypes.GENERATED_BINDING, resource,
                        resource.nestedClass("Builder")));
        spec.addMethods(new BindingReadMethods(plan, types).methods());
        spec.addMethods(new BindingWriteMethods(plan, types).methods());
        return List.of(FileHeader.javaFile(binding.packageName(), spec.build(),
                List.of(plan.resource().sourceFile())));
    }

    /**
     * A public final class with its only instance, {@code INSTANCE}, and a private constructor that calls
     * {@code superCall}, which gives the generated binding base class what the binding is for.
     */
    static TypeSpec.Builder singleton(ClassName binding, CodeBlock superCall) {
        return TypeSpec.classBuilder(binding)
                .addAnnotation(Nullness.NULL_MARKED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(binding, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The only instance; bindings hold no state.\n")
                        .initializer("new $T()", binding)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addStatement(superCall).build());
    }

    static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns);
    }
}
