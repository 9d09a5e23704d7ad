package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits what makes a generated resource or request-body class a value: one final field per member, the
 * constructor that takes them from the builder (lists copied into unmodifiable ones), and {@code equals},
 * {@code hashCode} and {@code toString} over every member by name. Each member has a line of its own in each of
 * them, so that adding one member adds lines and changes none.
 *
 * <p>The fields are package-private, not private, so that the binding beside the class writes them without an
 * accessor's {@code Optional} per link; they are final and hold immutable values.
 */
final class ValueMethods {

    private ValueMethods() {}

    /** The fields, in member order. */
    static List<FieldSpec> fields(List<Member> members) {
        return members.stream()
                .map(member -> FieldSpec.builder(member.fieldType(), member.name(), Modifier.FINAL).build())
                .toList();
    }

    /** {@code private Type(Builder builder)}: every field from the builder's. */
    static MethodSpec constructor(ClassName builder, List<Member> members) {
        CodeBlock.Builder body = CodeBlock.builder();
        for (Member member : members) {
            if (member.shape() == Member.Shape.LIST) {
                body.addStatement("this.$N = $T.copy(builder.$N)", member.name(), RuntimeTypes.MEMBER_LISTS,
                        member.name());
            } else {
                body.addStatement("this.$N = builder.$N", member.name(), member.name());
            }
        }
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder")
                .addCode(body.build())
                .build();
    }

    /** Equal when of the same class with equal members, the unknown ones compared without their wire details. */
    static MethodSpec equalsMethod(ClassName type, List<Member> members) {
        CodeBlock.Builder body = CodeBlock.builder().add("return o == this || o instanceof $T other", type)
                .indent().indent();
        for (Member member : members) {
            if (member.shape() == Member.Shape.UNKNOWN_MEMBERS) {
                body.add("\n&& $L.equals(other.$N)", member.field("o", "other"), member.name());
            } else {
                body.add("\n&& $T.equals($L, other.$N)", RuntimeTypes.OBJECTS, member.field("o", "other"),
                        member.name());
            }
        }
        return MethodSpec.methodBuilder("equals")
                .addJavadoc(Docs.javadoc("Equal when of the same class with equal members; the details of the"
                        + " document it was read from that carry no value (how it named the resource, the XML echo"
                        + " of its rel) take no part."))
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(ParameterSpec.builder(Nullness.nullable(ClassName.OBJECT), "o").build())
                .addCode(body.add(";\n").unindent().unindent().build())
                .build();
    }

    /** The hash of every member. */
    static MethodSpec hashCodeMethod(List<Member> members) {
        CodeBlock.Builder body = CodeBlock.builder().add("return $T.hash(", RuntimeTypes.OBJECTS).indent().indent();
        for (int i = 0; i < members.size(); i++) {
            body.add("\n$N$L", members.get(i).name(), i < members.size() - 1 ? "," : ");\n");
        }
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addCode(body.unindent().unindent().build())
                .build();
    }

    /** {@code Type[name=value, ...]}, every member by its accessor's name. */
    static MethodSpec toStringMethod(ClassName type, List<Member> members) {
        CodeBlock.Builder body = CodeBlock.builder().add("return new $T($S)", RuntimeTypes.VALUE_TEXT,
                type.simpleName()).indent().indent();
        for (Member member : members) {
            body.add("\n.add($S, $N)", member.name(), member.name());
        }
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.STRING)
                .addCode(body.add("\n.toString();\n").unindent().unindent().build())
                .build();
    }
}
