package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.ucwakit.generator.naming.EmbeddedPlan;
import io.github.ucwakit.generator.naming.LinkPlan;
import io.github.ucwakit.generator.naming.PropertyPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the methods with which a binding writes its resource; the runtime's {@code GeneratedBinding.write} calls
 * them in the order the writer asks for. {@code self} gives the self link; {@code writeLinks},
 * {@code writeProperties} and, for a resource with embedded resources, {@code writeEmbedded} write one group of
 * members each, followed by the unknown members of its kind. Single links and embedded resources are read from
 * the resource's slots (no {@code Optional}), the rest through their accessors. Absent members write nothing;
 * present lists are written even when empty.
 */
final class BindingWriteMethods {

    private final ResourcePlan plan;
    private final TypeMapper types;
    private final List<Slot> slots;

    BindingWriteMethods(ResourcePlan plan, TypeMapper types) {
        this.plan = plan;
        this.types = types;
        this.slots = Slots.of(plan, types);
    }

    List<MethodSpec> methods() {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(method("self", RuntimeTypes.LINK)
                .addStatement("return link(resource, $L)", slot("self"))
                .build());
        MethodSpec.Builder links = writeMethod("writeLinks");
        plan.links().forEach(link -> links.addCode(link(link)));
        methods.add(links.addStatement("resource.unknownMembers().writeLinks(writer)").build());
        MethodSpec.Builder properties = writeMethod("writeProperties");
        plan.properties().forEach(property -> properties.addCode(property(property)));
        methods.add(properties.addStatement("resource.unknownMembers().writeProperties(writer)").build());
        if (!plan.embedded().isEmpty()) {
            MethodSpec.Builder embedded = writeMethod("writeEmbedded");
            plan.embedded().forEach(member -> embedded.addCode(embedded(member)));
            methods.add(embedded.addStatement("resource.unknownMembers().writeEmbedded(writer)").build());
        }
        return methods;
    }

    private MethodSpec.Builder method(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(returns)
                .addParameter(plan.className(), "resource");
    }

    private MethodSpec.Builder writeMethod(String name) {
        return method(name, TypeName.VOID).addParameter(RuntimeTypes.RESOURCE_WRITER, "writer");
    }

    private CodeBlock link(LinkPlan link) {
        String rel = link.link().rel();
        if (link.isArray()) {
            return ifPresent(link.presence(), CodeBlock.of("writer.links($S, resource.$N());\n", rel,
                    link.accessor()));
        }
        return CodeBlock.of("writer.link($S, link(resource, $L));\n", rel, slot(link.accessor()));
    }

    private CodeBlock property(PropertyPlan property) {
        CodeBlock value = CodeBlock.of("resource.$N()", property.accessor());
        CodeBlock statement = types.write(property.property().type(), property.property().name(), value);
        return property.isList() ? ifPresent(property.presence(), statement) : statement;
    }

    private CodeBlock embedded(EmbeddedPlan embedded) {
        String key = embedded.embedded().key();
        CodeBlock binding = EmbeddedBindings.of(embedded);
        if (embedded.isArray()) {
            return ifPresent(embedded.presence(), CodeBlock.of("writer.embeddedList($S, $L, resource.$N());\n", key,
                    binding, embedded.accessor()));
        }
        return CodeBlock.of("writer.embedded($S, $L, embedded(resource, $L));\n", key, binding,
                slot(embedded.accessor()));
    }

    /** The index of the resource class's slot named {@code name}. */
    private int slot(String name) {
        for (int index = 0; index < slots.size(); index++) {
            if (slots.get(index).name().equals(name)) {
                return index;
            }
        }
        throw new IllegalStateException("no slot " + name + " in " + plan.className());
    }

    private static CodeBlock ifPresent(String presence, CodeBlock statement) {
        return CodeBlock.builder()
                .beginControlFlow("if (resource.$N())", presence)
                .add(statement)
                .endControlFlow()
                .build();
    }
}
