package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits what a resource or input class needs around its array of slots, which the runtime's {@code SlotValue}
 * holds (and compares, hashes and prints as a whole) and {@code SlotBuilder} fills: the names of its members for
 * {@code toString}, and the constructors that hand the slots to those base classes.
 */
final class ValueMethods {

    /** The name of the array field, in the runtime's base classes of the generated class and its builder. */
    static final String VALUES = "values";

    /** The type of the array of slots. */
    static final TypeName SLOTS = ArrayTypeName.of(Object.class);

    private static final String NAMES = "NAMES";

    private ValueMethods() {}

    /** The class's constructor: its slots and their names go to {@code SlotValue}. */
    static MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(SLOTS, VALUES)
                .addStatement("super($N, $N)", NAMES, VALUES)
                .build();
    }

    /** The builder's constructor: its slots go to {@code SlotBuilder}. */
    static MethodSpec builderConstructor() {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(SLOTS, VALUES)
                .addStatement("super($N)", VALUES)
                .build();
    }

    /** {@code SlotBuilder<Builder>}, the superclass of a builder. */
    static TypeName builderSuperclass(ClassName builder) {
        return ParameterizedTypeName.get(RuntimeTypes.SLOT_BUILDER, builder);
    }

    /** The accessor names of the slots, in slot order, which {@code toString} prints. */
    static FieldSpec names(List<Slot> slots) {
        CodeBlock names = slots.stream().map(slot -> CodeBlock.of("$S", slot.name()))
                .collect(CodeBlock.joining(",$W"));
        return FieldSpec.builder(ArrayTypeName.of(String.class), NAMES, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("{$L}", names)
                .build();
    }
}
