package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import io.github.ucwakit.generator.naming.EmbeddedPlan;
import io.github.ucwakit.generator.naming.LinkPlan;
import io.github.ucwakit.generator.naming.PropertyPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;
import io.github.ucwakit.schema.model.ResourceLink;
import java.util.ArrayList;
import java.util.List;

/** The slots of a resource class in field order: self, properties, links, embedded resources, unknown members. */
final class Slots {

    private Slots() {}

    static List<Slot> of(ResourcePlan plan, TypeMapper types) {
        List<Slot> slots = new ArrayList<>();
        slots.add(new Slot("self", Slot.Shape.OPTIONAL, RuntimeTypes.LINK, null, null, true, selfDoc(plan)));
        for (PropertyPlan property : plan.properties()) {
            slots.add(property.isList()
                    ? new Slot(property.accessor(), Slot.Shape.LIST, types.elementType(property.property().type()),
                            property.presence(), null, false, MemberDocs.property(property))
                    : new Slot(property.accessor(), Slot.Shape.VALUE, types.javaType(property.property().type()),
                            null, null, false, MemberDocs.property(property)));
        }
        for (LinkPlan link : plan.links()) {
            slots.add(new Slot(link.accessor(), link.isArray() ? Slot.Shape.LIST : Slot.Shape.OPTIONAL,
                    RuntimeTypes.LINK, link.presence(), link.adder(), false, MemberDocs.link(link)));
        }
        for (EmbeddedPlan embedded : plan.embedded()) {
            slots.add(new Slot(embedded.accessor(), embedded.isArray() ? Slot.Shape.LIST : Slot.Shape.OPTIONAL,
                    embedded.type(), embedded.presence(), embedded.adder(), false, MemberDocs.embedded(embedded)));
        }
        slots.add(new Slot("unknownMembers", Slot.Shape.UNKNOWN_MEMBERS, RuntimeTypes.UNKNOWN_MEMBERS, null, null,
                true, CodeBlock.of("")));
        return slots;
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
