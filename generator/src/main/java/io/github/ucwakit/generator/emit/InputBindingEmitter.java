package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.InputPlan;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.ParameterPlan;
import io.github.ucwakit.schema.model.Type;
import java.util.List;

/**
 * Emits {@code XInputBinding}, the stateless {@code InputBinding} that reads a request body into its input class:
 * a loop over the reader's members, parameters by name (a {@code link} parameter from the body's links), the rest
 * into {@code UnknownMembers}; a required parameter the body lacks fails the read.
 */
final class InputBindingEmitter implements Emitter<CatalogPlan> {

    private final TypeMapper types;

    InputBindingEmitter(NamingPlan plan) {
        this.types = new TypeMapper(plan);
    }

    @Override
    public List<JavaFile> emit(CatalogPlan catalog) {
        return CatalogClasses.perInput(catalog, this::binding);
    }

    private TypeSpec binding(InputPlan input) {
        ClassName binding = input.bindingName();
        ClassName type = input.className();
        TypeSpec.Builder spec = BindingEmitter.singleton(binding, CodeBlock.of("super($S, $T.$L, $T.class)",
                        input.resource().name(), RuntimeTypes.HTTP_METHOD, input.operation().method(), type))
                .addJavadoc("Reads {@link $T}, the request body of $L on {@code $L}, from JSON and XML.\n", type,
                        input.operation().method(), input.resource().name())
                .superclass(ParameterizedTypeName.get(RuntimeTypes.GENERATED_INPUT_BINDING, type))
                .addMethod(read(input));
        return spec.build();
    }

    private MethodSpec read(InputPlan input) {
        NameSwitch properties = new NameSwitch();
        NameSwitch links = new NameSwitch();
        for (ParameterPlan parameter : input.parameters()) {
            Type type = parameter.parameter().type();
            NameSwitch names = isLink(type) ? links : properties;
            names.add(parameter.parameter().name(), CodeBlock.of("builder.$N($L)", parameter.accessor(),
                    types.read(type)));
        }
        CodeBlock linkFallback = CodeBlock.of("unknown.readLink(reader)");
        CodeBlock link = links.isEmpty() ? CodeBlock.of("$L;\n", linkFallback) : CodeBlock.builder()
                .beginControlFlow("if (reader.inArray())")
                .addStatement(linkFallback)
                .nextControlFlow("else")
                .add(links.build(linkFallback))
                .endControlFlow()
                .build();
        return BindingEmitter.readLoop(input.className(),
                        properties.build(CodeBlock.of("unknown.readProperty(reader)")), link,
                        CodeBlock.of("unknown.readEmbedded(reader);\n"))
                .addStatement("return $T.built(reader, () -> builder.unknownMembers(unknown.build()).build())",
                        RuntimeTypes.INPUT_BINDING)
                .build();
    }

    private static boolean isLink(Type type) {
        return type instanceof Type.Scalar scalar && scalar.kind() == Type.Kind.LINK;
    }
}
