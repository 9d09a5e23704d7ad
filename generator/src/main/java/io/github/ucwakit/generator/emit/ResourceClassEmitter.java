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
 * Emits the immutable class of a resource: the {@code REL} constant, one final field and one accessor per member
 * ({@link Members}), {@code hasX} for lists, value equality ({@link ValueMethods}) and the nested {@code Builder}
 * ({@link BuilderEmitter}) with {@code builder()}/{@code toBuilder()}.
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
        List<Member> members = Members.of(plan, types);
        TypeSpec.Builder spec = TypeSpec.classBuilder(type)
                .addAnnotation(Nullness.NULL_MARKED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.UCWA_RESOURCE)
                .addJavadoc(docs.classDoc(plan))
                .addField(FieldSpec.builder(RuntimeTypes.STRING, "REL", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The rel of this resource.\n")
                        .initializer("$S", plan.resource().name())
                        .build())
                .addFields(ValueMethods.fields(members))
                .addMethod(ValueMethods.constructor(builder, members))
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder with every member absent.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toBuilder")
                        .addJavadoc("A builder holding every member of this resource.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addStatement("return new $T(this)", builder)
                        .build())
                .addMethod(MethodSpec.methodBuilder("rel")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.STRING)
                        .addStatement("return REL")
                        .build());
        for (Member member : members) {
            spec.addMethod(accessor(member));
            if (member.presence() != null) {
                spec.addMethod(MethodSpec.methodBuilder(member.presence())
                        .addJavadoc(MemberDocs.presence(member))
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addStatement("return $N != null", member.name())
                        .build());
            }
        }
        spec.addMethod(ValueMethods.equalsMethod(type, members))
                .addMethod(ValueMethods.hashCodeMethod(members))
                .addMethod(ValueMethods.toStringMethod(type, members))
                .addType(new BuilderEmitter(type, members).emit(
                        Docs.javadoc("Builds {@link " + type.simpleName() + "} values; not safe for use by several"
                                + " threads. Each setter sets the accessor of the same name, {@code null} making the"
                                + " member absent (lists are copied); {@code addX} adds one element to a list,"
                                + " which makes it present. A link must have the rel of its accessor: another"
                                + " throws {@link IllegalArgumentException}."),
                        "The resource holding what this builder was given.\n", CodeBlock.of("")));
        return List.of(FileHeader.javaFile(type.packageName(), spec.build(), List.of(plan.resource().sourceFile())));
    }

    static MethodSpec accessor(Member member) {
        MethodSpec.Builder accessor = MethodSpec.methodBuilder(member.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(member.accessorType());
        if (member.inherited()) {
            accessor.addAnnotation(Override.class);
        }
        if (!member.javadoc().isEmpty()) {
            accessor.addJavadoc(member.javadoc());
        }
        return switch (member.shape()) {
            case VALUE, UNKNOWN_MEMBERS -> accessor.addStatement("return $N", member.name()).build();
            case OPTIONAL -> accessor.addStatement("return $T.ofNullable($N)", RuntimeTypes.OPTIONAL, member.name())
                    .build();
            case LIST -> accessor.addStatement("return $N != null ? $N : $T.of()", member.name(), member.name(),
                    RuntimeTypes.LIST).build();
        };
    }
}
