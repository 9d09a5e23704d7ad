package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
 * are held by a private record ({@link ValueMethods#VALUES}), whose {@code equals}, {@code hashCode} and
 * {@code toString} the class delegates to, so none of them is written out member by member.
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
                .addSuperinterface(RuntimeTypes.UCWA_RESOURCE)
                .addJavadoc(docs.classDoc(plan))
                .addField(FieldSpec.builder(RuntimeTypes.STRING, "REL", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The rel of this resource.\n")
                        .initializer("$S", plan.resource().name())
                        .build());
        ClassName values = type.nestedClass(ValueMethods.VALUES);
        spec.addField(values, "values", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(values, "values")
                        .addStatement("this.values = values")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder with every member absent.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(toBuilder(builder, slots))
                .addMethod(MethodSpec.methodBuilder("rel")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.STRING)
                        .addStatement("return REL")
                        .build());
        for (Slot slot : slots) {
            spec.addMethod(accessor(slot));
            if (slot.presence() != null) {
                spec.addMethod(MethodSpec.methodBuilder(slot.presence())
                        .addJavadoc(MemberDocs.presence(slot))
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addStatement("return values.$N != null", slot.name())
                        .build());
            }
        }
        spec.addMethods(ValueMethods.of(type));
        spec.addType(ValueMethods.record(values, slots));
        spec.addType(new BuilderEmitter(type, builder, slots).emit());
        return List.of(FileHeader.javaFile(type.packageName(), spec.build(), List.of(plan.resource().sourceFile())));
    }

    private static MethodSpec toBuilder(ClassName builder, List<Slot> slots) {
        CodeBlock.Builder chain = CodeBlock.builder().add("return new $T()$>$>", builder);
        slots.forEach(slot -> chain.add("\n.$N(values.$N)", slot.name(), slot.name()));
        return MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder holding every member of this resource.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addCode(chain.add(";\n$<$<").build())
                .build();
    }

    private static MethodSpec accessor(Slot slot) {
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
            case VALUE, UNKNOWN_MEMBERS -> accessor.addStatement("return values.$N", slot.name()).build();
            case OPTIONAL -> accessor.addStatement("return $T.ofNullable(values.$N)", RuntimeTypes.OPTIONAL,
                    slot.name()).build();
            case LIST -> accessor.addStatement("return values.$N == null ? $T.of() : values.$N", slot.name(),
                    RuntimeTypes.LIST, slot.name()).build();
        };
    }
}
