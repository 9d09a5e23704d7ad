package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
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
 * Emits what a binding adds to the read loop of the runtime's {@code GeneratedReader}: {@code newBuilder},
 * {@code build}, and {@code readProperty}, {@code readLink} and {@code readEmbedded} (each only when the resource
 * declares members of its kind), which switch on the member's name and return {@code false} for a member the
 * resource does not describe, which the loop keeps in {@code UnknownMembers}; so is a link or embedded resource
 * declared single that arrives in a JSON array, so that it is written back as it came.
 *
 * <p>A link or embedded resource declared single is read with {@code readSingleLink()} or
 * {@code readSingleEmbedded(key)}, a list's with {@code readLink()} or {@code readEmbedded()}: that is how the
 * binding tells the reader which members are single, so that a single member given twice (XML writes a list by
 * repeating the rel, and would otherwise keep the last) is refused as {@code DUPLICATE} in both formats. The self
 * link, which every reader already refuses the second time, is read with {@code readLink()}.
 */
final class BindingReadMethods {

    private final ResourcePlan plan;
    private final TypeMapper types;

    BindingReadMethods(ResourcePlan plan, TypeMapper types) {
        this.plan = plan;
        this.types = types;
    }

    List<MethodSpec> methods() {
        ClassName type = plan.className();
        List<MethodSpec> methods = new ArrayList<>(builderMethods(type));
        if (!plan.properties().isEmpty()) {
            methods.add(member(type, "readProperty", properties()));
        }
        methods.add(member(type, "readLink", links()));
        if (!plan.embedded().isEmpty()) {
            methods.add(member(type, "readEmbedded", embedded()));
        }
        return methods;
    }

    /** {@code newBuilder()} and {@code build(builder, unknownMembers)} of a resource or input class. */
    static List<MethodSpec> builderMethods(ClassName type) {
        ClassName builder = type.nestedClass("Builder");
        return List.of(
                method("newBuilder", builder).addStatement("return $T.builder()", type).build(),
                method("build", type)
                        .addParameter(builder, "builder")
                        .addParameter(RuntimeTypes.UNKNOWN_MEMBERS, "unknownMembers")
                        .addStatement("return builder.unknownMembers(unknownMembers).build()")
                        .build());
    }

    /** {@code protected boolean name(ResourceReader reader, Type.Builder builder)} with its body. */
    static MethodSpec member(ClassName type, String name, CodeBlock body) {
        return method(name, TypeName.BOOLEAN)
                .addParameter(RuntimeTypes.RESOURCE_READER, "reader")
                .addParameter(type.nestedClass("Builder"), "builder")
                .addCode(body)
                .build();
    }

    private static MethodSpec.Builder method(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(returns);
    }

    private CodeBlock properties() {
        NameSwitch names = new NameSwitch();
        for (PropertyPlan property : plan.properties()) {
            names.add(property.property().name(),
                    CodeBlock.of("builder.$N($L)", property.accessor(), types.read(property.property().type())));
        }
        return CodeBlock.builder().add(names.build()).addStatement("return true").build();
    }

    private CodeBlock links() {
        NameSwitch inArray = new NameSwitch();
        NameSwitch single = new NameSwitch().add("self", CodeBlock.of("builder.self(reader.readLink())"));
        for (LinkPlan link : plan.links()) {
            CodeBlock statement = link.isArray() ? CodeBlock.of("builder.$N(reader.readLink())", link.adder())
                    : CodeBlock.of("builder.$N(reader.readSingleLink())", link.accessor());
            if (link.isArray()) {
                inArray.add(link.link().rel(), statement);
            }
            single.add(link.link().rel(), statement);
        }
        return NameSwitch.byArray(inArray, single);
    }

    private CodeBlock embedded() {
        NameSwitch inArray = new NameSwitch();
        NameSwitch single = new NameSwitch();
        for (EmbeddedPlan embedded : plan.embedded()) {
            if (embedded.isArray()) {
                inArray.add(embedded.embedded().key(), readEmbedded(embedded));
            }
            single.add(embedded.embedded().key(), readEmbedded(embedded));
        }
        // XML names an embedded resource by its rel, which may differ from its key
        plan.embedded().forEach(embedded -> single.add(embedded.embedded().rel(), readEmbedded(embedded)));
        return NameSwitch.byArray(inArray, single);
    }

    private static CodeBlock readEmbedded(EmbeddedPlan embedded) {
        if (embedded.isArray()) {
            return CodeBlock.of("builder.$N($L.read(reader.readEmbedded()))", embedded.adder(),
                    EmbeddedBindings.of(embedded));
        }
        return CodeBlock.of("builder.$N($L.read(reader.readSingleEmbedded($S)))", embedded.accessor(),
                EmbeddedBindings.of(embedded), embedded.embedded().key());
    }
}
