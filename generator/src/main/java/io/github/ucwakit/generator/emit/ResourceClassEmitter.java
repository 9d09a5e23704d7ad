package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the immutable class of a resource: the {@code REL} constant, one accessor per member, {@code hasX} for
 * lists, the nested {@code Builder} with {@code builder()}/{@code toBuilder()}, and value equality. The members
 * are held in an array of slots, one per {@link Slot} in order, by the runtime's {@code SlotValue}, the class's
 * superclass, which also gives {@code unknownMembers()} (the last slot), {@code equals}, {@code hashCode} and
 * {@code toString}; {@code toBuilder} and {@code build} copy the array as a whole, so none of them is written out
 * member by member.
 */
final class ResourceClassEmitter implements Emitter<ResourcePlan> {

    private final TypeMapper types;
    private final ResourceDocs docs;

    ResourceClassEmitter(NamingPlan plan) {
        this.types = new TypeMapper(plan);
        this.docs = new ResourceDocs(plan);
    }

    @Override
    public List<JavaFile> emit(ResourcePlan plan) {
        ClassName type = plan.className();
        ClassName builder = type.nestedClass("Builder");
        List<Slot> slots = Slots.of(plan, types);
        TypeSpec.Builder spec = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(RuntimeTypes.SLOT_VALUE)
                .addSuperinterface(RuntimeTypes.UCWA_RESOURCE)
                .addJavadoc(docs.classDoc(plan))
                .addField(FieldSpec.builder(RuntimeTypes.STRING, "REL", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The rel of this resource.\n")
                        .initializer("$S", plan.resource().name())
                        .build());
        spec.addField(ValueMethods.names(slots))
                .addMethod(ValueMethods.constructor())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder with every member absent.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T($T.empty($L))", builder, RuntimeTypes.RESOURCE_SLOTS,
                                slots.size())
                        .build())
                .addMethod(MethodSpec.methodBuilder("toBuilder")
                        .addJavadoc("A builder holding every member of this resource.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addStatement("return new $T($N.clone())", builder, ValueMethods.VALUES)
                        .build())
                .addMethod(MethodSpec.methodBuilder("rel")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.STRING)
                        .addStatement("return REL")
                        .build());
        for (int index = 0; index < slots.size() - 1; index++) {
            Slot slot = slots.get(index);
            spec.addMethod(accessor(slot, index));
            if (slot.presence() != null) {
                spec.addMethod(MethodSpec.methodBuilder(slot.presence())
                        .addJavadoc(MemberDocs.presence(slot))
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addStatement("return values[$L] != null", index)
                        .build());
            }
        }
        spec.addType(new BuilderEmitter(type, builder, slots).emit());
        return List.of(FileHeader.javaFile(type.packageName(), spec.build(), List.of(plan.resource().sourceFile())));
    }

    private static MethodSpec accessor(Slot slot, int index) {
        MethodSpec.Builder accessor = MethodSpec.methodBuilder(slot.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(slot.accessorType());
        if (slot.inherited()) {
            accessor.addAnnotation(Override.class);
        }
        if (!slot.javadoc().isEmpty()) {
            accessor.addJavadoc(slot.javadoc());
        }
        return switch (slot.shape()) {
            case VALUE, UNKNOWN_MEMBERS -> accessor.addStatement("return ($T) values[$L]", slot.valueType(), index)
                    .build();
            case OPTIONAL -> accessor.addStatement("return $T.ofNullable(($T) values[$L])", RuntimeTypes.OPTIONAL,
                    slot.valueType(), index).build();
            case LIST -> accessor.addStatement("return $T.list(values[$L])", RuntimeTypes.RESOURCE_SLOTS, index)
                    .build();
        };
    }
}
