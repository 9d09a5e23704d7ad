package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.ucwakit.generator.naming.EmbeddedPlan;
import io.github.ucwakit.generator.naming.LinkPlan;
import io.github.ucwakit.generator.naming.PropertyPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;

/**
 * Emits a binding's {@code write} in the order {@code ResourceWriter} asks for: the resource with its self link,
 * links, properties and embedded resources, each group followed by the unknown members of its kind. Absent
 * members write nothing; present lists are written even when empty.
 */
final class BindingWriteMethod {

    private final ResourcePlan plan;
    private final TypeMapper types;

    BindingWriteMethod(ResourcePlan plan, TypeMapper types) {
        this.plan = plan;
        this.types = types;
    }

    MethodSpec method() {
        MethodSpec.Builder write = BindingEmitter.override("write", TypeName.VOID)
                .addParameter(plan.className(), "resource")
                .addParameter(RuntimeTypes.RESOURCE_WRITER, "writer")
                .addStatement("resource.unknownMembers().beginResource(writer, $T.REL, resource.self().orElse(null))",
                        plan.className());
        plan.links().forEach(link -> write.addCode(link(link)));
        write.addStatement("resource.unknownMembers().writeLinks(writer)");
        plan.properties().forEach(property -> write.addCode(property(property)));
        write.addStatement("resource.unknownMembers().writeProperties(writer)");
        plan.embedded().forEach(embedded -> write.addCode(embedded(embedded)));
        return write.addStatement("resource.unknownMembers().writeEmbedded(writer)")
                .addStatement("writer.endResource()")
                .build();
    }

    private static CodeBlock link(LinkPlan link) {
        String rel = link.link().rel();
        if (link.isArray()) {
            return ifPresent(link.presence(), CodeBlock.of("writer.links($S, resource.$N());\n", rel,
                    link.accessor()));
        }
        return CodeBlock.of("writer.link($S, resource.$N());\n", rel, link.accessor());
    }

    private CodeBlock property(PropertyPlan property) {
        CodeBlock value = CodeBlock.of("resource.$N()", property.accessor());
        CodeBlock statement = types.write(property.property().type(), property.property().name(), value);
        return property.isList() ? ifPresent(property.presence(), statement) : statement;
    }

    private static CodeBlock embedded(EmbeddedPlan embedded) {
        String key = embedded.embedded().key();
        CodeBlock binding = EmbeddedBindings.of(embedded);
        if (embedded.isArray()) {
            return ifPresent(embedded.presence(), CodeBlock.of("writer.embeddedList($S, $L, resource.$N());\n", key,
                    binding, embedded.accessor()));
        }
        return CodeBlock.of("resource.$N().ifPresent(embedded -> writer.embedded($S, $L, embedded));\n",
                embedded.accessor(), key, binding);
    }

    private static CodeBlock ifPresent(String presence, CodeBlock statement) {
        return CodeBlock.builder()
                .beginControlFlow("if (resource.$N())", presence)
                .add(statement)
                .endControlFlow()
                .build();
    }
}
