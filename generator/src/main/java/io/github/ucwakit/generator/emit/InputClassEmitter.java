package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.InputPlan;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.ParameterPlan;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Type;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the request-body class of each POST or PUT with request parameters: immutable, one accessor per
 * parameter (a {@code link} parameter as a {@code Link}), the members of a read body the operation does not
 * describe ({@code unknownMembers()}), a builder whose {@code build()} refuses a missing required parameter with a
 * message naming it, and {@code writeTo(InputWriter)} writing every parameter that has a value (a JSON object or
 * an XML {@code <input>}).
 */
final class InputClassEmitter implements Emitter<CatalogPlan> {

    private static final String UNKNOWN = "unknownMembers";

    private final TypeMapper types;

    InputClassEmitter(NamingPlan plan) {
        this.types = new TypeMapper(plan);
    }

    @Override
    public List<JavaFile> emit(CatalogPlan catalog) {
        return CatalogClasses.perInput(catalog, this::input);
    }

    private TypeSpec input(InputPlan input) {
        ClassName type = input.className();
        ClassName builder = type.nestedClass("Builder");
        TypeSpec.Builder spec = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.REQUEST_INPUT)
                .addJavadoc(classDoc(input));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        for (ParameterPlan parameter : input.parameters()) {
            spec.addField(fieldType(parameter), parameter.accessor(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = builder.$N", parameter.accessor(), parameter.accessor());
        }
        spec.addField(RuntimeTypes.UNKNOWN_MEMBERS, UNKNOWN, Modifier.PRIVATE, Modifier.FINAL);
        constructor.addStatement("this.$N = builder.$N", UNKNOWN, UNKNOWN);
        spec.addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder with every parameter absent.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build());
        for (ParameterPlan parameter : input.parameters()) {
            spec.addMethod(accessor(parameter));
        }
        spec.addMethod(BindingEmitter.override(UNKNOWN, RuntimeTypes.UNKNOWN_MEMBERS)
                .addJavadoc("What a read body held that the operation does not describe; empty when built.\n")
                .addStatement("return $N", UNKNOWN)
                .build());
        spec.addMethod(writeTo(input))
                .addMethod(equalsMethod(type, input))
                .addMethod(BindingEmitter.override("hashCode", TypeName.INT)
                        .addStatement("return $T.hash($L)", RuntimeTypes.OBJECTS, fieldList(input))
                        .build())
                .addMethod(toStringMethod(type, input))
                .addType(builderType(type, builder, input));
        return spec.build();
    }

    private static CodeBlock classDoc(InputPlan input) {
        String required = String.join(", ", input.parameters().stream()
                .filter(p -> p.parameter().required()).map(p -> Docs.code(p.parameter().name())).toList());
        String summary = "The request body of " + input.operation().method() + " on "
                + Docs.code(input.resource().name()) + ", written as a JSON object or an XML {@code <input>}.";
        if (!required.isEmpty()) {
            summary += " Required: " + required + ".";
        }
        return Docs.javadoc(CatalogClasses.doc(summary, input.operation().description()));
    }

    private TypeName fieldType(ParameterPlan parameter) {
        return types.javaType(parameter.parameter().type());
    }

    private MethodSpec accessor(ParameterPlan parameter) {
        Parameter p = parameter.parameter();
        String doc = Docs.present(p.description()) ? Docs.text(p.description()) : "Parameter " + Docs.code(p.name());
        MethodSpec.Builder method = MethodSpec.methodBuilder(parameter.accessor())
                .addJavadoc(Docs.javadoc(doc + (parameter.isList() ? "\n\n<p>Empty when absent."
                        : "\n\n<p>{@code null} when absent.")))
                .addModifiers(Modifier.PUBLIC)
                .returns(fieldType(parameter));
        if (parameter.isList()) {
            method.addStatement("return $N == null ? $T.of() : $N", parameter.accessor(), RuntimeTypes.LIST,
                    parameter.accessor());
        } else {
            method.addStatement("return $N", parameter.accessor());
        }
        return method.build();
    }

    private static MethodSpec writeTo(InputPlan input) {
        MethodSpec.Builder method = BindingEmitter.override("writeTo", TypeName.VOID)
                .addParameter(RuntimeTypes.INPUT_WRITER, "writer");
        for (ParameterPlan parameter : input.parameters()) {
            method.addCode(write(parameter));
        }
        return method.build();
    }

    /** A statement writing one parameter: enumerations as their wire strings. */
    private static CodeBlock write(ParameterPlan parameter) {
        Type type = parameter.parameter().type();
        String name = parameter.parameter().name();
        String field = parameter.accessor();
        if (type instanceof Type.Scalar scalar) {
            return CodeBlock.of("writer.$LParameter($S, $N);\n", scalar.kind().spelling(), name, field);
        }
        if (type instanceof Type.EnumRef) {
            return CodeBlock.of("writer.stringParameter($S, $N == null ? null : $N.value());\n", name, field, field);
        }
        Type element = ((Type.ListOf) type).element();
        if (element instanceof Type.Scalar scalar) {
            return CodeBlock.of("writer.$LListParameter($S, $N);\n", scalar.kind().spelling(), name, field);
        }
        return CodeBlock.of("writer.stringListParameter($S, $N == null ? null : $N.stream().map(v -> v.value())"
                + ".toList());\n", name, field, field);
    }

    private static MethodSpec equalsMethod(ClassName type, InputPlan input) {
        CodeBlock.Builder body = CodeBlock.builder().add("return o instanceof $T other", type);
        for (ParameterPlan parameter : input.parameters()) {
            body.add("\n$>$>&& $T.equals($N, other.$N)$<$<", RuntimeTypes.OBJECTS, parameter.accessor(),
                    parameter.accessor());
        }
        body.add("\n$>$>&& $N.equals(other.$N)$<$<", UNKNOWN, UNKNOWN);
        return BindingEmitter.override("equals", TypeName.BOOLEAN)
                .addParameter(Object.class, "o")
                .addCode(body.add(";\n").build())
                .build();
    }

    private static MethodSpec toStringMethod(ClassName type, InputPlan input) {
        CodeBlock.Builder body = CodeBlock.builder().add("return $S", type.simpleName() + "{");
        String separator = "";
        for (ParameterPlan parameter : input.parameters()) {
            body.add(" + $S + $N", separator + parameter.parameter().name() + "=", parameter.accessor());
            separator = ", ";
        }
        body.add(" + ($N.isEmpty() ? $S : $S + $N)", UNKNOWN, "", separator + UNKNOWN + "=", UNKNOWN);
        return BindingEmitter.override("toString", RuntimeTypes.STRING)
                .addCode(body.add(" + $S;\n", "}").build())
                .build();
    }

    private static CodeBlock fieldList(InputPlan input) {
        return CodeBlock.join(List.of(input.parameters().stream().map(p -> CodeBlock.of("$N", p.accessor()))
                .collect(CodeBlock.joining(", ")), CodeBlock.of("$N", UNKNOWN)), ", ");
    }

    private TypeSpec builderType(ClassName type, ClassName builder, InputPlan input) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds a {@link $T}.\n", type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (ParameterPlan parameter : input.parameters()) {
            spec.addField(fieldType(parameter), parameter.accessor(), Modifier.PRIVATE);
        }
        spec.addField(FieldSpec.builder(RuntimeTypes.UNKNOWN_MEMBERS, UNKNOWN, Modifier.PRIVATE)
                .initializer("$T.empty()", RuntimeTypes.UNKNOWN_MEMBERS).build());
        for (ParameterPlan parameter : input.parameters()) {
            String field = parameter.accessor();
            MethodSpec.Builder setter = MethodSpec.methodBuilder(field)
                    .addJavadoc("Sets {@code $L}; {@code null} leaves it absent.\n\n@return this builder\n",
                            parameter.parameter().name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(fieldType(parameter), field);
            if (parameter.isList()) {
                setter.addStatement("this.$N = $N == null ? null : $T.copyOf($N)", field, field, RuntimeTypes.LIST,
                        field);
            } else {
                setter.addStatement("this.$N = $N", field, field);
            }
            spec.addMethod(setter.addStatement("return this").build());
        }
        spec.addMethod(MethodSpec.methodBuilder(UNKNOWN)
                .addJavadoc("Sets the members the operation does not describe, written after the parameters.\n\n"
                        + "@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(RuntimeTypes.UNKNOWN_MEMBERS, UNKNOWN)
                .addStatement("this.$N = $T.requireNonNull($N, $S)", UNKNOWN, RuntimeTypes.OBJECTS, UNKNOWN, UNKNOWN)
                .addStatement("return this")
                .build());
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addJavadoc("The input.\n\n@throws IllegalStateException when a required parameter is absent\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(type);
        for (ParameterPlan parameter : input.parameters()) {
            Parameter p = parameter.parameter();
            if (p.required()) {
                build.beginControlFlow("if ($N == null)", parameter.accessor())
                        .addStatement("throw new $T($S)", IllegalStateException.class, missing(type, input, p))
                        .endControlFlow();
            }
        }
        return spec.addMethod(build.addStatement("return new $T(this)", type).build()).build();
    }

    private static String missing(ClassName type, InputPlan input, Parameter parameter) {
        String message = type.simpleName() + " needs '" + parameter.name() + "', a required parameter of "
                + input.operation().method() + " " + input.resource().name();
        return Docs.present(parameter.description()) ? message + ": " + parameter.description().strip() : message;
    }
}
