package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the nested {@code Builder} of a resource class: one setter per slot named like the accessor ({@code null}
 * makes a member absent; lists are copied), {@code addX} for lists of links and embedded resources, and
 * {@code build()}. The class Javadoc states these rules once; the setters, named after the accessors, carry none.
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
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        for (Slot slot : slots) {
            FieldSpec.Builder field = FieldSpec.builder(slot.fieldType(), slot.name(), Modifier.PRIVATE);
            if (slot.shape() == Slot.Shape.UNKNOWN_MEMBERS) {
                field.initializer("$T.empty()", RuntimeTypes.UNKNOWN_MEMBERS);
            }
            spec.addField(field.build());
        }
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Slot slot : slots) {
            spec.addMethod(setter(slot));
            if (slot.adder() != null) {
                spec.addMethod(adder(slot));
            }
        }
        return spec.addMethod(MethodSpec.methodBuilder("build")
                        .addJavadoc("The resource holding what this builder was given.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(resource)
                        .addCode("return new $T(new $T($>$>\n$L));\n$<$<", resource,
                                resource.nestedClass(ValueMethods.VALUES), ValueMethods.arguments(slots))
                        .build())
                .build();
    }

    private MethodSpec setter(Slot slot) {
        MethodSpec.Builder setter = MethodSpec.methodBuilder(slot.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(slot.fieldType(), slot.name());
        switch (slot.shape()) {
            case LIST -> setter.addStatement("this.$N = $N == null ? null : new $T<>($N)", slot.name(), slot.name(),
                            RuntimeTypes.ARRAY_LIST, slot.name());
            case UNKNOWN_MEMBERS -> setter.addStatement("this.$N = $T.requireNonNull($N, $S)", slot.name(), RuntimeTypes.OBJECTS,
                            slot.name(), slot.name());
            case VALUE, OPTIONAL -> setter.addStatement("this.$N = $N", slot.name(), slot.name());
        }
        return setter.addStatement("return this").build();
    }

    private MethodSpec adder(Slot slot) {
        String parameter = slot.valueType().equals(RuntimeTypes.LINK) ? "link" : "resource";
        return MethodSpec.methodBuilder(slot.adder())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(slot.valueType(), parameter)
                .beginControlFlow("if (this.$N == null)", slot.name())
                .addStatement("this.$N = new $T<>()", slot.name(), RuntimeTypes.ARRAY_LIST)
                .endControlFlow()
                .addStatement("this.$N.add($T.requireNonNull($N, $S))", slot.name(), RuntimeTypes.OBJECTS,
                        parameter, parameter)
                .addStatement("return this")
                .build();
    }
}
