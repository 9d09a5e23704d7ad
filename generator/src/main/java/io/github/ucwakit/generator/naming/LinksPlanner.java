package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.WarningKind;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import io.github.ucwakit.schema.naming.JavaNames;
import io.github.ucwakit.schema.naming.ReservedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names the class {@code <Resource>Links} of every resource and its constants. A constant is named like the link's
 * accessor in UPPER_SNAKE without the {@code Link} suffix ({@code participantsLink()} gives {@code PARTICIPANTS}); the
 * self link, which every resource class has as {@code self()}, is {@code SELF}. A link's target is the resource the
 * descriptor names ({@code target}, the rel by default); its class is that resource's generated class, or
 * {@code GenericResource} when no descriptor describes it. The classes are claimed after every other class, so that
 * they never rename one.
 */
final class LinksPlanner {

    static final String SELF = "self";
    static final String SELF_CONSTANT = "SELF";

    private static final ClassName GENERIC = ClassName.get(GenericResource.class);

    private final String javaPackage;
    private final NameAllocator classes;
    private final Map<String, ResourceClasses> classesByRel;
    private final List<Diagnostic> warnings;

    LinksPlanner(String javaPackage, NameAllocator classes, Map<String, ResourceClasses> classesByRel,
            List<Diagnostic> warnings) {
        this.javaPackage = javaPackage;
        this.classes = classes;
        this.classesByRel = classesByRel;
        this.warnings = warnings;
    }

    LinksPlan plan(ResourcePlan resource) {
        Resource model = resource.resource();
        NameAllocator.Allocation name = classes.allocate(JavaNames.upperCamel(model.name()) + "Links");
        if (name.renamed()) {
            warnings.add(Diagnostic.warning(WarningKind.JAVA_RENAME, model.location(), String.format(
                    "links class of resource %s is generated as class %s: %s is already used by another class"
                            + " (names that differ only in case collide)", model.name(), name.name(),
                    name.wanted())));
        }
        NameAllocator constants =
                new NameAllocator(ReservedNames::isReservedMember, false, NameAllocator.Suffix.UNDERSCORE);
        List<LinksPlan.LinkConstant> planned = new ArrayList<>();
        planned.add(new LinksPlan.LinkConstant(SELF, constants.allocate(SELF_CONSTANT).name(), SELF, false,
                model.name(), resource.className(), selfDescription(model)));
        for (LinkPlan link : resource.links()) {
            ResourceLink wire = link.link();
            String base = wire.javaName() != null ? wire.javaName() : JavaNames.lowerCamel(wire.rel());
            NameAllocator.Allocation constant = constants.allocate(JavaNames.upperSnake(base));
            if (constant.renamed()) {
                warnings.add(Diagnostic.warning(WarningKind.JAVA_RENAME, wire.location(), String.format(
                        "link %s of resource %s is generated as constant %s.%s: %s is already used", wire.rel(),
                        model.name(), name.name(), constant.name(), constant.wanted())));
            }
            String target = wire.target() != null ? wire.target() : wire.rel();
            ResourceClasses targetClasses = classesByRel.get(target);
            planned.add(new LinksPlan.LinkConstant(wire.rel(), constant.name(), link.accessor(), link.isArray(),
                    target, targetClasses == null ? GENERIC : targetClasses.type(), wire.description()));
        }
        return new LinksPlan(model, ClassName.get(javaPackage, name.name()), resource.className(), planned);
    }

    /** The description of the self link the descriptor lists, if it lists one. */
    private static String selfDescription(Resource resource) {
        return resource.links().stream().filter(l -> l.rel().equals(SELF)).map(ResourceLink::description)
                .findFirst().orElse(null);
    }
}
