package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the nested {@code Builder} of a resource class: one setter per slot named like the accessor ({@code null}
 * makes a member absent; lists are copied), {@code addX} for lists of links and embedded resources, and
 * {@code build()}, all on the builder's own array of slots (its superclass, the runtime's {@code SlotBuilder}, whose {@code set}
 * every setter calls), which {@code build()} copies
 * into the resource. The class Javadoc states these rules once; the setters, named after the accessors, carry none.
 */
final class BuilderEmitter {

    private final ClassName resource;
    private final ClassName builder;
    private final List<Slot> slots;

    BuilderEmitter(ClassName resource, ClassName builder, List<Slot> slots) {
        this.resource = resource;
        this.builder = builder;
        this.slots = slots;
    }

    TypeSpec emit() {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc(Docs.javadoc("Builds {@link " + resource.simpleName() + "} values; not safe for use by"
                        + " several threads. Each setter sets the accessor of the same name, {@code null} making the"
                        + " member absent (lists are copied); {@code addX} adds one element to a list, which makes"
                        + " it present."))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ValueMethods.builderSuperclass(builder))
                .addMethod(ValueMethods.builderConstructor());
        for (int index = 0; index < slots.size(); index++) {
            Slot slot = slots.get(index);
            spec.addMethod(setter(builder, slot, index));
            if (slot.adder() != null) {
                spec.addMethod(adder(slot, index));
            }
        }
        return spec.addMethod(MethodSpec.methodBuilder("build")
                        .addJavadoc("The resource holding what this builder was given.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(resource)
                        .addStatement("return new $T($T.freeze($N))", resource, RuntimeTypes.RESOURCE_SLOTS,
                                ValueMethods.VALUES)
                        .build())
                .build();
    }

    /** The setter of one slot: lists copied, unknown members never {@code null}. */
    static MethodSpec setter(ClassName builder, Slot slot, int index) {
        MethodSpec.Builder setter = MethodSpec.methodBuilder(slot.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(slot.fieldType(), slot.name());
        return switch (slot.shape()) {
            case LIST -> setter.addStatement("return set($L, $T.copy($N))", index, RuntimeTypes.RESOURCE_SLOTS,
                    slot.name()).build();
            case UNKNOWN_MEMBERS -> setter.addStatement("return set($L, $T.requireNonNull($N, $S))", index,
                    RuntimeTypes.OBJECTS, slot.name(), slot.name()).build();
            case VALUE, OPTIONAL -> setter.addStatement("return set($L, $N)", index, slot.name()).build();
        };
    }

    private MethodSpec adder(Slot slot, int index) {
        String parameter = slot.valueType().equals(RuntimeTypes.LINK) ? "link" : "resource";
        return MethodSpec.methodBuilder(slot.adder())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(slot.valueType(), parameter)
                .addStatement("$T.add($N, $L, $N, $S)", RuntimeTypes.RESOURCE_SLOTS, ValueMethods.VALUES, index,
                        parameter, parameter)
                .addStatement("return this")
                .build();
    }
}
