package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.WarningKind;
import io.github.ucwakit.schema.model.Embedded;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import io.github.ucwakit.schema.model.Type;
import io.github.ucwakit.schema.naming.JavaNames;
import io.github.ucwakit.schema.naming.ReservedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names the members of one resource class. Claims are made in a fixed order, so that the names users see most
 * stay stable: property accessors, link accessors, embedded accessors (each group in descriptor order), then the
 * {@code hasX} presence methods, then the builder's {@code addX} methods.
 */
final class MemberPlanner {

    private static final ClassName GENERIC = ClassName.get(GenericResource.class);
    private static final String RESOURCE_REL = "rel";

    private final NameAllocator names =
            new NameAllocator(ReservedNames::isReservedMember, false, NameAllocator.Suffix.PLAIN);
    private final Resource resource;
    private final Map<String, ResourceClasses> classesByRel;
    private final List<Diagnostic> warnings;

    MemberPlanner(Resource resource, Map<String, ResourceClasses> classesByRel, List<Diagnostic> warnings) {
        this.resource = resource;
        this.classesByRel = classesByRel;
        this.warnings = warnings;
    }

    ResourcePlan plan(ResourceClasses classes) {
        List<ResourceLink> links = resource.links().stream().filter(l -> !l.rel().equals("self")).toList();
        List<Embedded> embedded = resource.embedded();

        List<Property> described = properties();
        List<String> properties = described.stream()
                .map(p -> claim(memberName(p.name(), p.javaName()), p.location(), "property " + p.name()))
                .toList();
        List<String> linkAccessors = links.stream()
                .map(l -> claim(baseName(l.javaName(), l.rel()) + (l.array() ? "Links" : "Link"), l.location(),
                        "link " + l.rel()))
                .toList();
        List<String> embeddedAccessors = embedded.stream().map(this::claimEmbedded).toList();

        List<String> propertyPresence = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            boolean list = described.get(i).type() instanceof Type.ListOf;
            propertyPresence.add(list ? presence(properties.get(i), described.get(i).location()) : null);
        }
        List<String> linkPresence = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            linkPresence.add(links.get(i).array() ? presence(linkAccessors.get(i), links.get(i).location()) : null);
        }
        List<String> embeddedPresence = new ArrayList<>();
        for (int i = 0; i < embedded.size(); i++) {
            Embedded e = embedded.get(i);
            embeddedPresence.add(e.array() ? presence(embeddedAccessors.get(i), e.location()) : null);
        }

        List<PropertyPlan> propertyPlans = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            propertyPlans.add(new PropertyPlan(described.get(i), properties.get(i), propertyPresence.get(i)));
        }
        List<LinkPlan> linkPlans = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            ResourceLink link = links.get(i);
            String adder = link.array()
                    ? adder(JavaNames.capitalize(baseName(link.javaName(), link.rel())) + "Link", link.location())
                    : null;
            linkPlans.add(new LinkPlan(link, linkAccessors.get(i), linkPresence.get(i), adder));
        }
        List<EmbeddedPlan> embeddedPlans = new ArrayList<>();
        for (int i = 0; i < embedded.size(); i++) {
            embeddedPlans.add(embeddedPlan(embedded.get(i), embeddedAccessors.get(i), embeddedPresence.get(i)));
        }
        return new ResourcePlan(resource, classes.type(), classes.binding(), propertyPlans, linkPlans,
                embeddedPlans);
    }

    /**
     * The properties to generate: all but one named {@code rel}, which on the wire is the resource's own rel (JSON
     * consumes it; XML repeats it as a property, kept in unknown members so that it is written back).
     */
    private List<Property> properties() {
        List<Property> generated = new ArrayList<>();
        for (Property property : resource.properties()) {
            if (property.name().equals(RESOURCE_REL)) {
                warnings.add(Diagnostic.warning(WarningKind.NOT_GENERATED, property.location(), "property 'rel' of resource " + resource.name()
                        + " is not generated: the rel is the resource's own (REL), and an XML 'rel' property stays"
                        + " in unknownMembers()"));
            } else {
                generated.add(property);
            }
        }
        return generated;
    }

    private EmbeddedPlan embeddedPlan(Embedded embedded, String accessor, String presence) {
        String adder = embedded.array() ? adder(JavaNames.capitalize(accessor), embedded.location()) : null;
        ResourceClasses target = classesByRel.get(embedded.rel());
        return target == null
                ? new EmbeddedPlan(embedded, accessor, presence, adder, GENERIC, null)
                : new EmbeddedPlan(embedded, accessor, presence, adder, target.type(), target.binding());
    }

    private String claimEmbedded(Embedded embedded) {
        String candidate = memberName(embedded.key(), embedded.javaName());
        if (embedded.javaName() == null && !names.isFree(candidate)) {
            candidate = candidate + "Embedded";
        }
        return claim(candidate, embedded.location(), "embedded " + embedded.key());
    }

    /**
     * The name of a property or embedded accessor: the schema's rule, which appends {@code Value} to a name generated
     * code reserves ({@link io.github.ucwakit.schema.naming.JavaNames#memberName}).
     */
    private static String memberName(String wireName, String javaName) {
        return io.github.ucwakit.schema.naming.JavaNames.memberName(wireName, javaName);
    }

    /** The descriptor's {@code javaName} when it gives one, else the lowerCamel form of the wire name. */
    private static String baseName(String javaName, String wireName) {
        return javaName != null ? javaName : JavaNames.lowerCamel(wireName);
    }

    private String presence(String accessor, SourceLocation location) {
        return claim("has" + JavaNames.capitalize(accessor), location, "presence method of " + accessor + "()");
    }

    private String adder(String item, SourceLocation location) {
        return claim("add" + item, location, "builder method add" + item);
    }

    private String claim(String candidate, SourceLocation location, String what) {
        NameAllocator.Allocation allocation = names.allocate(candidate);
        if (allocation.renamed()) {
            warnings.add(Diagnostic.warning(WarningKind.JAVA_RENAME, location, String.format(
                    "%s of resource %s is generated as %s: %s is already used by an earlier member",
                    what, resource.name(), allocation.name(), allocation.wanted())));
        }
        return allocation.name();
    }
}
