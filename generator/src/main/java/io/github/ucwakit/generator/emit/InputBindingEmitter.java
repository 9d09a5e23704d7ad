package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.InputPlan;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.ParameterPlan;
import io.github.ucwakit.schema.model.Type;
import java.util.List;

/**
 * Emits {@code XInputBinding}, the stateless {@code InputBinding} that reads a request body into its input class.
 * It extends the runtime's {@code GeneratedInputBinding}, which holds the read loop; the binding adds
 * {@code newBuilder}, {@code build} and the methods that read its parameters by name (a {@code link} parameter
 * from the body's links, as a single link: given twice, it is refused). The rest goes into {@code UnknownMembers}; a
 * required parameter the body lacks fails the read.
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
                .superclass(ParameterizedTypeName.get(RuntimeTypes.GENERATED_INPUT_BINDING, type,
                        type.nestedClass("Builder")))
                .addMethods(BindingReadMethods.builderMethods(type));
        NameSwitch properties = new NameSwitch();
        NameSwitch links = new NameSwitch();
        for (ParameterPlan parameter : input.parameters()) {
            Type parameterType = parameter.parameter().type();
            if (isLink(parameterType)) {
                links.add(parameter.parameter().name(), CodeBlock.of("builder.$N(reader.readSingleLink())",
                        parameter.accessor()));
            } else {
                properties.add(parameter.parameter().name(), CodeBlock.of("builder.$N($L)", parameter.accessor(),
                        types.read(parameterType)));
            }
        }
        if (!properties.isEmpty()) {
            spec.addMethod(BindingReadMethods.member(type, "readProperty",
                    CodeBlock.builder().add(properties.build()).addStatement("return true").build()));
        }
        if (!links.isEmpty()) {
            spec.addMethod(BindingReadMethods.member(type, "readLink", NameSwitch.byArray(new NameSwitch(), links)));
        }
        return spec.build();
    }

    private static boolean isLink(Type type) {
        return type instanceof Type.Scalar scalar && scalar.kind() == Type.Kind.LINK;
    }
}
