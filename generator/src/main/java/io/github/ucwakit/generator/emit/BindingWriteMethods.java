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
 * {@code writeProperties} and, for a resource with embedded resources, {@code writeEmbedded} write one line per
 * member, straight from the resource's fields (no {@code Optional}), followed by the unknown members of their
 * kind. An absent member ({@code null}) writes nothing; a present list is written even when empty.
 */
final class BindingWriteMethods {

    private final ResourcePlan plan;
    private final TypeMapper types;

    BindingWriteMethods(ResourcePlan plan, TypeMapper types) {
        this.plan = plan;
        this.types = types;
    }

    List<MethodSpec> methods() {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(method("self", Nullness.nullable(RuntimeTypes.LINK))
                .addStatement("return resource.self")
                .build());
        MethodSpec.Builder links = writeMethod("writeLinks");
        plan.links().forEach(link -> links.addCode(link(link)));
        methods.add(links.addStatement("resource.unknownMembers.writeLinks(writer)").build());
        MethodSpec.Builder properties = writeMethod("writeProperties");
        plan.properties().forEach(property -> properties.addCode(property(property)));
        methods.add(properties.addStatement("resource.unknownMembers.writeProperties(writer)").build());
        if (!plan.embedded().isEmpty()) {
            MethodSpec.Builder embedded = writeMethod("writeEmbedded");
            plan.embedded().forEach(member -> embedded.addCode(embedded(member)));
            methods.add(embedded.addStatement("resource.unknownMembers.writeEmbedded(writer)").build());
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

    private static CodeBlock link(LinkPlan link) {
        return CodeBlock.of(link.isArray() ? "writer.links($S, resource.$N);\n" : "writer.link($S, resource.$N);\n",
                link.link().rel(), link.accessor());
    }

    private CodeBlock property(PropertyPlan property) {
        return types.write(property.property().type(), property.property().name(),
                CodeBlock.of("resource.$N", property.accessor()));
    }

    private static CodeBlock embedded(EmbeddedPlan embedded) {
        return CodeBlock.of(embedded.isArray() ? "writer.embeddedList($S, $L, resource.$N);\n"
                : "writer.embedded($S, $L, resource.$N);\n", embedded.embedded().key(), EmbeddedBindings.of(embedded),
                embedded.accessor());
    }
}
