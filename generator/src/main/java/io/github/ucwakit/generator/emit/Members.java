package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import io.github.ucwakit.generator.naming.EmbeddedPlan;
import io.github.ucwakit.generator.naming.InputPlan;
import io.github.ucwakit.generator.naming.LinkPlan;
import io.github.ucwakit.generator.naming.ParameterPlan;
import io.github.ucwakit.generator.naming.PropertyPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;
import io.github.ucwakit.schema.model.ResourceLink;
import io.github.ucwakit.schema.model.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of a generated class in field order: for a resource, self, properties, links, embedded resources;
 * for a request body, its parameters; {@code unknownMembers} last in both. Keeping it last means that adding a
 * member never touches the line of another.
 */
final class Members {

    static final String UNKNOWN = "unknownMembers";

    private Members() {}

    static List<Member> of(ResourcePlan plan, TypeMapper types) {
        List<Member> members = new ArrayList<>();
        members.add(new Member("self", Member.Shape.OPTIONAL, RuntimeTypes.LINK, null, null, "self", true,
                selfDoc(plan)));
        for (PropertyPlan property : plan.properties()) {
            members.add(property.isList()
                    ? new Member(property.accessor(), Member.Shape.LIST,
                            types.elementType(property.property().type()), property.presence(), null, null, false,
                            MemberDocs.property(property))
                    : new Member(property.accessor(), Member.Shape.VALUE, types.javaType(property.property().type()),
                            null, null, null, false, MemberDocs.property(property)));
        }
        for (LinkPlan link : plan.links()) {
            members.add(new Member(link.accessor(), link.isArray() ? Member.Shape.LIST : Member.Shape.OPTIONAL,
                    RuntimeTypes.LINK, link.presence(), link.adder(), link.link().rel(), false,
                    MemberDocs.link(link)));
        }
        for (EmbeddedPlan embedded : plan.embedded()) {
            members.add(new Member(embedded.accessor(), embedded.isArray() ? Member.Shape.LIST
                    : Member.Shape.OPTIONAL, embedded.type(), embedded.presence(), embedded.adder(), null, false,
                    MemberDocs.embedded(embedded)));
        }
        members.add(unknownMembers());
        return members;
    }

    static List<Member> of(InputPlan input, TypeMapper types) {
        List<Member> members = new ArrayList<>();
        for (ParameterPlan parameter : input.parameters()) {
            Type type = parameter.parameter().type();
            boolean link = type instanceof Type.Scalar scalar && scalar.kind() == Type.Kind.LINK;
            members.add(parameter.isList()
                    ? new Member(parameter.accessor(), Member.Shape.LIST, types.elementType(type), null, null, null,
                            false, MemberDocs.parameter(parameter))
                    : new Member(parameter.accessor(), Member.Shape.VALUE, types.javaType(type), null, null,
                            link ? parameter.parameter().name() : null, false, MemberDocs.parameter(parameter)));
        }
        members.add(unknownMembers());
        return members;
    }

    private static Member unknownMembers() {
        return new Member(UNKNOWN, Member.Shape.UNKNOWN_MEMBERS, RuntimeTypes.UNKNOWN_MEMBERS, null, null, null,
                true, CodeBlock.of(""));
    }

    private static CodeBlock selfDoc(ResourcePlan plan) {
        String declared = plan.resource().links().stream()
                .filter(l -> l.rel().equals("self"))
                .map(ResourceLink::description)
                .filter(Docs::present)
                .findFirst()
                .orElse("The link to this resource.");
        return Docs.javadoc(Docs.text(declared) + "\n\n<p>In XML, the {@code href} of {@code <resource>}.");
    }
}
