package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Emits {@code equals}, {@code hashCode} and {@code toString} over every slot of a resource class. */
final class ValueMethods {

    private ValueMethods() {}

    static List<MethodSpec> of(ClassName type, List<Slot> slots) {
        return List.of(equalsMethod(type, slots), hashCodeMethod(slots), toStringMethod(type, slots));
    }

    private static MethodSpec equalsMethod(ClassName type, List<Slot> slots) {
        CodeBlock.Builder body = CodeBlock.builder().add("return o instanceof $T other$>$>", type);
        slots.forEach(slot -> body.add("\n&& $T.equals(this.$N, other.$N)", RuntimeTypes.OBJECTS, slot.name(),
                slot.name()));
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "o")
                .addCode(body.add(";\n$<$<").build())
                .build();
    }

    private static MethodSpec hashCodeMethod(List<Slot> slots) {
        CodeBlock fields = slots.stream().map(slot -> CodeBlock.of("$N", slot.name())).collect(CodeBlock.joining(",$W"));
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash($L)", RuntimeTypes.OBJECTS, fields)
                .build();
    }

    private static MethodSpec toStringMethod(ClassName type, List<Slot> slots) {
        CodeBlock.Builder body = CodeBlock.builder().add("return $S$>$>", type.simpleName() + "{");
        for (int i = 0; i < slots.size(); i++) {
            String name = slots.get(i).name();
            body.add("\n+ $S + $N", (i == 0 ? "" : ", ") + name + "=", name);
        }
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addCode(body.add("\n+ $S;\n$<$<", "}").build())
                .build();
    }
}
