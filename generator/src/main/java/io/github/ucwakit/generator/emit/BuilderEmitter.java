package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the nested {@code Builder} of a generated class: one private field and one setter per member, named like
 * the accessor ({@code null} makes a member absent; lists are copied; a link must have the accessor's rel),
 * {@code addX} for lists of links and embedded resources, a constructor that copies a built value for
 * {@code toBuilder()}, and {@code build()}. The class Javadoc states these rules once; the setters, named after
 * the accessors, carry none.
 */
final class BuilderEmitter {

    private final ClassName type;
    private final ClassName builder;
    private final List<Member> members;

    BuilderEmitter(ClassName type, List<Member> members) {
        this.type = type;
        this.builder = type.nestedClass("Builder");
        this.members = members;
    }

    /**
     * The builder, whose {@code build()} has {@code buildDoc} and runs {@code checks} (statements that may throw)
     * before it builds.
     */
    TypeSpec emit(CodeBlock classDoc, String buildDoc, CodeBlock checks) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc(classDoc)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        for (Member member : members) {
            FieldSpec.Builder field = FieldSpec.builder(member.fieldType(), member.name(), Modifier.PRIVATE);
            if (member.shape() == Member.Shape.UNKNOWN_MEMBERS) {
                field.initializer("$T.empty()", RuntimeTypes.UNKNOWN_MEMBERS);
            }
            spec.addField(field.build());
        }
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(copyConstructor());
        for (Member member : members) {
            spec.addMethod(setter(member));
            if (member.adder() != null) {
                spec.addMethod(adder(member));
            }
        }
        return spec.addMethod(MethodSpec.methodBuilder("build")
                        .addJavadoc(buildDoc)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(type)
                        .addCode(checks)
                        .addStatement("return new $T(this)", type)
                        .build())
                .build();
    }

    /** The builder of {@code toBuilder()}: every member of a built value. */
    private MethodSpec copyConstructor() {
        CodeBlock.Builder body = CodeBlock.builder();
        members.forEach(member -> body.addStatement("this.$N = source.$N", member.name(), member.name()));
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(type, "source")
                .addCode(body.build())
                .build();
    }

    /** The setter of one member: lists copied, links of the member's rel only, unknown members never null. */
    private MethodSpec setter(Member member) {
        String name = member.name();
        CodeBlock value = switch (member.shape()) {
            case LIST -> member.rel() == null ? CodeBlock.of("$T.copy($N)", RuntimeTypes.MEMBER_LISTS, name)
                    : CodeBlock.of("$T.requireRels($S, $T.copy($N))", RuntimeTypes.LINK, member.rel(),
                            RuntimeTypes.MEMBER_LISTS, name);
            case UNKNOWN_MEMBERS -> CodeBlock.of("$T.requireNonNull($N, $S)", RuntimeTypes.OBJECTS, name, name);
            case VALUE, OPTIONAL -> member.rel() == null ? CodeBlock.of("$N", name)
                    : CodeBlock.of("$T.requireRel($S, $N)", RuntimeTypes.LINK, member.rel(), name);
        };
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(member.fieldType(), name)
                .addStatement("this.$N = $L", name, value)
                .addStatement("return this")
                .build();
    }

    /** {@code addX}: one more element of a list of links (of the member's rel) or of embedded resources. */
    private MethodSpec adder(Member member) {
        boolean link = member.rel() != null;
        String parameter = link ? "link" : "resource";
        CodeBlock element = link ? CodeBlock.of("$T.requireRel($S, $N)", RuntimeTypes.LINK, member.rel(), parameter)
                : CodeBlock.of("$N", parameter);
        return MethodSpec.methodBuilder(member.adder())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(member.valueType(), parameter)
                .addStatement("this.$N = $T.add(this.$N, $L, $S)", member.name(), RuntimeTypes.MEMBER_LISTS,
                        member.name(), element, parameter)
                .addStatement("return this")
                .build();
    }
}
