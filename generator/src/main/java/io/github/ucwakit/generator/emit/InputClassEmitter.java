package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
 * Emits the request-body class of each POST or PUT with request parameters: immutable, one final field and one
 * accessor per parameter (a {@code link} parameter as a {@code Link}), the members of a read body the operation
 * does not describe ({@code unknownMembers()}), value equality ({@link ValueMethods}), a builder
 * ({@link BuilderEmitter}) whose {@code build()} refuses a missing required parameter with a message naming it,
 * and {@code writeTo(InputWriter)} writing every parameter that has a value (a JSON object or an XML
 * {@code <input>}).
 */
final class InputClassEmitter implements Emitter<CatalogPlan> {

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
        List<Member> members = Members.of(input, types);
        TypeSpec.Builder spec = TypeSpec.classBuilder(type)
                .addAnnotation(Nullness.NULL_MARKED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.REQUEST_INPUT)
                .addJavadoc(classDoc(input))
                .addFields(ValueMethods.fields(members))
                .addMethod(ValueMethods.constructor(builder, members))
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder with every parameter absent.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toBuilder")
                        .addJavadoc("A builder holding every parameter of this input.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addStatement("return new $T(this)", builder)
                        .build());
        members.forEach(member -> spec.addMethod(ResourceClassEmitter.accessor(member)));
        return spec.addMethod(writeTo(input))
                .addMethod(ValueMethods.equalsMethod(type, members))
                .addMethod(ValueMethods.hashCodeMethod(members))
                .addMethod(ValueMethods.toStringMethod(type, members))
                .addType(new BuilderEmitter(type, members).emit(
                        Docs.javadoc("Builds a {@link " + type.simpleName() + "}; not safe for use by several"
                                + " threads. Each setter sets the parameter of the same name and returns this"
                                + " builder, {@code null} leaving it absent (lists are copied; a link parameter"
                                + " must have the parameter's name as its rel); {@code unknownMembers} sets the"
                                + " members the operation does not describe, written after the parameters."),
                        "The input.\n\n@throws IllegalStateException when a required parameter is absent\n",
                        requiredChecks(type, input)))
                .build();
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

    private static MethodSpec writeTo(InputPlan input) {
        MethodSpec.Builder method = BindingEmitter.override("writeTo", TypeName.VOID)
                .addParameter(RuntimeTypes.INPUT_WRITER, "writer");
        input.parameters().forEach(parameter -> method.addCode(write(parameter)));
        return method.build();
    }

    /** A statement writing one parameter: enumerations as their wire strings; an absent one writes nothing. */
    private static CodeBlock write(ParameterPlan parameter) {
        Type type = parameter.parameter().type();
        String name = parameter.parameter().name();
        // a parameter named like the method's own parameter is reached through this
        CodeBlock field = parameter.accessor().equals("writer") ? CodeBlock.of("this.writer")
                : CodeBlock.of("$N", parameter.accessor());
        if (type instanceof Type.Scalar scalar) {
            return CodeBlock.of("writer.$LParameter($S, $L);\n", scalar.kind().spelling(), name, field);
        }
        if (type instanceof Type.EnumRef) {
            return CodeBlock.of("writer.stringParameter($S, $T.wireValue($L));\n", name, RuntimeTypes.UCWA_ENUMS,
                    field);
        }
        Type element = ((Type.ListOf) type).element();
        if (element instanceof Type.Scalar scalar) {
            return CodeBlock.of("writer.$LListParameter($S, $L);\n", scalar.kind().spelling(), name, field);
        }
        return CodeBlock.of("writer.stringListParameter($S, $T.wireValues($L));\n", name, RuntimeTypes.UCWA_ENUMS,
                field);
    }

    /** In {@code build()}: the refusal of each required parameter that is absent. */
    private static CodeBlock requiredChecks(ClassName type, InputPlan input) {
        CodeBlock.Builder checks = CodeBlock.builder();
        for (ParameterPlan parameter : input.parameters()) {
            Parameter p = parameter.parameter();
            if (p.required()) {
                checks.beginControlFlow("if ($N == null)", parameter.accessor())
                        .addStatement("throw new $T($S)", IllegalStateException.class, missing(type, input, p))
                        .endControlFlow();
            }
        }
        return checks.build();
    }

    private static String missing(ClassName type, InputPlan input, Parameter parameter) {
        String message = type.simpleName() + " needs '" + parameter.name() + "', a required parameter of "
                + input.operation().method() + " " + input.resource().name();
        return Docs.present(parameter.description()) ? message + ": " + parameter.description().strip() : message;
    }
}
