package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.github.ucwakit.generator.naming.EmbeddedPlan;
import io.github.ucwakit.generator.naming.LinkPlan;
import io.github.ucwakit.generator.naming.PropertyPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a binding's {@code read}: a loop over the reader's members that hands each kind to
 * {@code readProperty}, {@code readLink} or {@code readEmbedded}, which switch on the member's name (a kind the
 * resource declares no member of goes straight to {@code UnknownMembers}, without a method). Whatever the
 * descriptor does not describe goes to {@code UnknownMembers}, and so does a link or embedded resource declared
 * single that arrives in a JSON array, so that it is written back as it came; so does how the document named the
 * resource (its rel given or left out, or an XML {@code <input>}), which the binding's {@code write} follows.
 */
final class BindingReadMethods {

    private final ResourcePlan plan;
    private final TypeMapper types;
    private final ClassName builder;

    BindingReadMethods(ResourcePlan plan, TypeMapper types) {
        this.plan = plan;
        this.types = types;
        this.builder = plan.className().nestedClass("Builder");
    }

    List<MethodSpec> methods() {
        List<MethodSpec> methods = new ArrayList<>(List.of(read()));
        if (!plan.properties().isEmpty()) {
            methods.add(member("readProperty", properties()));
        }
        methods.add(member("readLink", links()));
        if (!plan.embedded().isEmpty()) {
            methods.add(member("readEmbedded", embedded()));
        }
        return methods;
    }

    private MethodSpec read() {
        return BindingEmitter.readLoop(plan.className(),
                        statement(plan.properties().isEmpty() ? "unknown.readProperty(reader)"
                                : "readProperty(reader, builder, unknown)"),
                        statement("readLink(reader, builder, unknown)"),
                        statement(plan.embedded().isEmpty() ? "unknown.readEmbedded(reader)"
                                : "readEmbedded(reader, builder, unknown)"))
                .addStatement("return builder.unknownMembers(unknown.readRelOnWire(reader).build()).build()")
                .build();
    }

    private static CodeBlock statement(String code) {
        return CodeBlock.builder().addStatement(code).build();
    }

    private MethodSpec member(String name, CodeBlock body) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(RuntimeTypes.RESOURCE_READER, "reader")
                .addParameter(builder, "builder")
                .addParameter(RuntimeTypes.UNKNOWN_MEMBERS_BUILDER, "unknown")
                .addCode(body)
                .build();
    }

    private CodeBlock properties() {
        NameSwitch names = new NameSwitch();
        for (PropertyPlan property : plan.properties()) {
            names.add(property.property().name(),
                    CodeBlock.of("builder.$N($L)", property.accessor(), types.read(property.property().type())));
        }
        return names.build(CodeBlock.of("unknown.readProperty(reader)"));
    }

    private CodeBlock links() {
        NameSwitch inArray = new NameSwitch();
        NameSwitch single = new NameSwitch().add("self", CodeBlock.of("builder.self(reader.readLink())"));
        for (LinkPlan link : plan.links()) {
            String setter = link.isArray() ? link.adder() : link.accessor();
            CodeBlock statement = CodeBlock.of("builder.$N(reader.readLink())", setter);
            if (link.isArray()) {
                inArray.add(link.link().rel(), statement);
            }
            single.add(link.link().rel(), statement);
        }
        return byArray(inArray, single, CodeBlock.of("unknown.readLink(reader)"));
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
        return byArray(inArray, single, CodeBlock.of("unknown.readEmbedded(reader)"));
    }

    private static CodeBlock readEmbedded(EmbeddedPlan embedded) {
        return CodeBlock.of("builder.$N($L.read(reader.readEmbedded()))",
                embedded.isArray() ? embedded.adder() : embedded.accessor(), EmbeddedBindings.of(embedded));
    }

    /**
     * Members of a JSON array go to the array members; the others (all of XML's) to any member. With no member to
     * switch on, the fallback alone: no branch whose arms do the same.
     */
    private static CodeBlock byArray(NameSwitch inArray, NameSwitch single, CodeBlock fallback) {
        if (single.isEmpty()) {
            return CodeBlock.of("$L;\n", fallback);
        }
        return CodeBlock.builder()
                .beginControlFlow("if (reader.inArray())")
                .add(inArray.build(fallback))
                .nextControlFlow("else")
                .add(single.build(fallback))
                .endControlFlow()
                .build();
    }
}
