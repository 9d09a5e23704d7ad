package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the private record that holds the members of a resource class, one component per slot, and the class's
 * {@code equals}, {@code hashCode} and {@code toString}, which delegate to it. The record's own methods compare,
 * hash and print every component, so the generated code does not spell them out member by member.
 */
final class ValueMethods {

    /** The simple name of the nested record. */
    static final String VALUES = "Values";

    private ValueMethods() {}

    static TypeSpec record(ClassName values, List<Slot> slots) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        slots.forEach(slot -> components.addParameter(slot.fieldType(), slot.name()));
        return TypeSpec.recordBuilder(values)
                .addModifiers(Modifier.PRIVATE)
                .recordConstructor(components.build())
                .build();
    }

    static List<MethodSpec> of(ClassName type) {
        return List.of(
                BindingEmitter.override("equals", TypeName.BOOLEAN)
                        .addParameter(Object.class, "o")
                        .addStatement("return o instanceof $T other && values.equals(other.values)", type)
                        .build(),
                BindingEmitter.override("hashCode", TypeName.INT)
                        .addStatement("return values.hashCode()")
                        .build(),
                BindingEmitter.override("toString", RuntimeTypes.STRING)
                        .addStatement("return $S + values.toString().substring($S.length())", type.simpleName(),
                                VALUES)
                        .build());
    }

    /** The arguments of the record's constructor from the builder's fields, lists copied. */
    static CodeBlock arguments(List<Slot> slots) {
        return slots.stream()
                .map(slot -> slot.shape() == Slot.Shape.LIST
                        ? CodeBlock.of("$N == null ? null : $T.copyOf($N)", slot.name(), RuntimeTypes.LIST,
                                slot.name())
                        : CodeBlock.of("$N", slot.name()))
                .collect(CodeBlock.joining(",\n"));
    }
}
