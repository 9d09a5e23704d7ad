package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.EnumPlan;
import io.github.ucwakit.schema.model.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the class of an enumeration: an open set of values, not a Java {@code enum}, so that a value the
 * descriptor does not list is kept ({@code isKnown()} false) instead of failing the read. It nests
 * {@code enum Known}, one constant per listed value and a last one, {@code UNLISTED}, for every other, which
 * {@code known()} returns for a {@code switch} the compiler checks for exhaustiveness. The value, equality,
 * {@code known()} and {@code toString} come from the runtime's {@code OpenEnum}; the class adds its constants,
 * {@code of} and {@code values}.
 */
final class EnumEmitter implements Emitter<EnumPlan> {

    /** The constant of {@code Known} for values the enumeration does not list (the naming pass reserves it). */
    static final String UNLISTED = "UNLISTED";

    @Override
    public List<JavaFile> emit(EnumPlan plan) {
        ClassName type = plan.className();
        ClassName known = type.nestedClass("Known");
        Enumeration enumeration = plan.enumeration();
        TypeSpec.Builder spec = TypeSpec.classBuilder(type)
                .addAnnotation(Nullness.NULL_MARKED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.OPEN_ENUM, known))
                .addJavadoc(classDoc(enumeration));
        for (EnumPlan.Constant constant : plan.constants()) {
            FieldSpec.Builder field = FieldSpec.builder(type, constant.name(), Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .initializer("new $T($S, $T.$N)", type, constant.member().name(), known, constant.name());
            if (Docs.present(constant.member().description())) {
                field.addJavadoc(Docs.javadoc(Docs.text(constant.member().description())));
            }
            spec.addField(field.build());
        }
        spec.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.STRING, "value")
                        .addParameter(known, "known")
                        .addStatement("super(value, known, known != $T.$N)", known, UNLISTED)
                        .build())
                .addMethod(of(plan, known))
                .addMethod(MethodSpec.methodBuilder("values")
                        .addJavadoc("The described values, in descriptor order.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(RuntimeTypes.listOf(type))
                        .addStatement("return $T.of($L)", RuntimeTypes.LIST, plan.constants().stream()
                                .map(c -> CodeBlock.of("$N", c.name())).collect(CodeBlock.joining(", ")))
                        .build())
                .addType(knownEnum(plan, known));
        return List.of(FileHeader.javaFile(type.packageName(), spec.build(), List.of(enumeration.sourceFile())));
    }

    private static TypeSpec knownEnum(EnumPlan plan, ClassName known) {
        TypeSpec.Builder spec = TypeSpec.enumBuilder(known)
                .addJavadoc(Docs.javadoc("The values of {@link " + plan.className().simpleName() + "} as a Java"
                        + " enum, for a {@code switch} over {@link " + plan.className().simpleName() + "#known()}"
                        + " that the compiler checks for exhaustiveness; {@link #" + UNLISTED + "} for a value the"
                        + " enumeration does not list."))
                .addModifiers(Modifier.PUBLIC);
        plan.constants().forEach(constant -> spec.addEnumConstant(constant.name()));
        return spec.addEnumConstant(UNLISTED, TypeSpec.anonymousClassBuilder("")
                        .addJavadoc("A value the enumeration does not list.\n")
                        .build())
                .build();
    }

    private static CodeBlock classDoc(Enumeration enumeration) {
        String open = "Enumeration " + Docs.code(enumeration.name()) + ". Values it does not list are kept as"
                + " unknown values, for which {@link #isKnown()} is {@code false} and {@link #known()} is"
                + " {@link Known#" + UNLISTED + "}; values are equal when their wire strings are.";
        return Docs.javadoc(Docs.present(enumeration.description())
                ? Docs.text(enumeration.description()) + "\n\n<p>" + open
                : open);
    }

    private static MethodSpec of(EnumPlan plan, ClassName known) {
        CodeBlock.Builder cases = CodeBlock.builder();
        Set<String> seen = new HashSet<>();
        for (EnumPlan.Constant constant : plan.constants()) {
            if (seen.add(constant.member().name())) {
                cases.add("case $S -> $N;\n", constant.member().name(), constant.name());
            }
        }
        return MethodSpec.methodBuilder("of")
                .addJavadoc("The value for a wire string: the constant of a described value, otherwise a new"
                        + " unknown value.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(plan.className())
                .addParameter(RuntimeTypes.STRING, "value")
                .addCode(CodeBlock.builder()
                        .add("return switch ($T.requireNonNull(value, $S)) {\n$>", RuntimeTypes.OBJECTS, "value")
                        .add(cases.build())
                        .add("default -> new $T(value, $T.$N);\n", plan.className(), known, UNLISTED)
                        .add("$<};\n")
                        .build())
                .build();
    }
}
