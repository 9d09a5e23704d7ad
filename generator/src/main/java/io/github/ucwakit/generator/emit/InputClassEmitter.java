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
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the request-body class of each POST or PUT with request parameters: immutable, one accessor per
 * parameter (a {@code link} parameter as a {@code Link}), the members of a read body the operation does not
 * describe ({@code unknownMembers()}), a builder whose {@code build()} refuses a missing required parameter with a
 * message naming it, and {@code writeTo(InputWriter)} writing every parameter that has a value (a JSON object or
 * an XML {@code <input>}). Like a resource class, it keeps its members in an array of slots held by its superclass,
 * the runtime's {@code SlotValue} (which also gives {@code unknownMembers()}, the last slot, {@code equals},
 * {@code hashCode} and {@code toString}), which its builder ({@code SlotBuilder}) fills and {@code build()} copies.
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
        List<ParameterPlan> parameters = input.parameters();
        List<Slot> slots = new ArrayList<>();
        parameters.forEach(p -> slots.add(new Slot(p.accessor(), p.isList() ? Slot.Shape.LIST : Slot.Shape.VALUE,
                p.isList() ? types.elementType(p.parameter().type()) : fieldType(p), null, null, false,
                CodeBlock.of(""))));
        slots.add(new Slot(UNKNOWN, Slot.Shape.UNKNOWN_MEMBERS, RuntimeTypes.UNKNOWN_MEMBERS, null, null, true,
                CodeBlock.of("")));
        TypeSpec.Builder spec = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(RuntimeTypes.SLOT_VALUE)
                .addSuperinterface(RuntimeTypes.REQUEST_INPUT)
                .addJavadoc(classDoc(input))
                .addField(ValueMethods.names(slots))
                .addMethod(ValueMethods.constructor())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder with every parameter absent.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T($T.empty($L))", builder, RuntimeTypes.RESOURCE_SLOTS,
                                slots.size())
                        .build());
        for (int index = 0; index < parameters.size(); index++) {
            spec.addMethod(accessor(parameters.get(index), index));
        }
        spec.addMethod(writeTo(input))
                .addType(builderType(type, builder, input, slots));
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

    private MethodSpec accessor(ParameterPlan parameter, int index) {
        Parameter p = parameter.parameter();
        String doc = Docs.present(p.description()) ? Docs.text(p.description()) : "Parameter " + Docs.code(p.name());
        MethodSpec.Builder method = MethodSpec.methodBuilder(parameter.accessor())
                .addJavadoc(Docs.javadoc(doc + (parameter.isList() ? "\n\n<p>Empty when absent."
                        : "\n\n<p>{@code null} when absent.")))
                .addModifiers(Modifier.PUBLIC)
                .returns(fieldType(parameter));
        if (parameter.isList()) {
            method.addStatement("return $T.list(values[$L])", RuntimeTypes.RESOURCE_SLOTS, index);
        } else {
            method.addStatement("return ($T) values[$L]", fieldType(parameter), index);
        }
        return method.build();
    }

    private static MethodSpec writeTo(InputPlan input) {
        MethodSpec.Builder method = BindingEmitter.override("writeTo", TypeName.VOID)
                .addParameter(RuntimeTypes.INPUT_WRITER, "writer");
        for (int index = 0; index < input.parameters().size(); index++) {
            method.addCode(write(input.parameters().get(index), index));
        }
        return method.build();
    }

    /** A statement writing one parameter: enumerations as their wire strings, an absent list not at all. */
    private static CodeBlock write(ParameterPlan parameter, int index) {
        Type type = parameter.parameter().type();
        String name = parameter.parameter().name();
        String accessor = parameter.accessor();
        if (type instanceof Type.Scalar scalar) {
            return CodeBlock.of("writer.$LParameter($S, $N());\n", scalar.kind().spelling(), name, accessor);
        }
        if (type instanceof Type.EnumRef) {
            return CodeBlock.of("writer.stringParameter($S, $T.wireValue($N()));\n", name, RuntimeTypes.UCWA_ENUMS,
                    accessor);
        }
        Type element = ((Type.ListOf) type).element();
        if (element instanceof Type.Scalar scalar) {
            return CodeBlock.of("writer.$LListParameter($S, $T.listOrNull(values[$L]));\n", scalar.kind().spelling(),
                    name, RuntimeTypes.RESOURCE_SLOTS, index);
        }
        return CodeBlock.of("writer.stringListParameter($S, $T.wireValues($T.listOrNull(values[$L])));\n", name,
                RuntimeTypes.UCWA_ENUMS, RuntimeTypes.RESOURCE_SLOTS, index);
    }

    private TypeSpec builderType(ClassName type, ClassName builder, InputPlan input, List<Slot> slots) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc(Docs.javadoc("Builds a {@link " + type.simpleName() + "}; not safe for use by several"
                        + " threads. Each setter sets the parameter of the same name and returns this builder,"
                        + " {@code null} leaving it absent (lists are copied); {@code unknownMembers} sets the"
                        + " members the operation does not describe, written after the parameters."))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ValueMethods.builderSuperclass(builder))
                .addMethod(ValueMethods.builderConstructor());
        for (int index = 0; index < slots.size(); index++) {
            spec.addMethod(BuilderEmitter.setter(builder, slots.get(index), index));
        }
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addJavadoc("The input.\n\n@throws IllegalStateException when a required parameter is absent\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(type);
        for (int index = 0; index < input.parameters().size(); index++) {
            Parameter p = input.parameters().get(index).parameter();
            if (p.required()) {
                build.beginControlFlow("if (values[$L] == null)", index)
                        .addStatement("throw new $T($S)", IllegalStateException.class, missing(type, input, p))
                        .endControlFlow();
            }
        }
        return spec.addMethod(build.addStatement("return new $T($T.freeze(values))", type,
                        RuntimeTypes.RESOURCE_SLOTS).build())
                .build();
    }

    private static String missing(ClassName type, InputPlan input, Parameter parameter) {
        String message = type.simpleName() + " needs '" + parameter.name() + "', a required parameter of "
                + input.operation().method() + " " + input.resource().name();
        return Docs.present(parameter.description()) ? message + ": " + parameter.description().strip() : message;
    }
}
