package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.WarningKind;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.EnumMember;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.naming.JavaNames;
import io.github.ucwakit.schema.naming.ReservedNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * The naming pass: maps every resource, enumeration, member and constant of a model to its Java name before
 * anything is emitted. Class names are claimed resources first, then enumerations (each sorted by name), then
 * bindings, then the catalog and request-body classes ({@code CatalogPlanner}), then the links classes
 * ({@code LinksPlanner}), so names do not depend on the
 * order descriptors were read in; names that differ only in case collide.
 */
public final class NamingPlanner {

    /** The class listing every binding. */
    public static final String PROVIDER = "GeneratedBindings";

    private static final Comparator<Resource> RESOURCE_ORDER =
            Comparator.comparing(Resource::name).thenComparing(Resource::sourceFile);
    private static final Comparator<Enumeration> ENUM_ORDER =
            Comparator.comparing(Enumeration::name).thenComparing(Enumeration::sourceFile);

    /**
     * Plans the names of every node of {@code model}.
     *
     * @throws IllegalArgumentException when {@code javaPackage} is not a valid package name
     */
    public NamingPlan plan(ApiModel model, String javaPackage) {
        if (!SourceVersion.isName(javaPackage)) {
            throw new IllegalArgumentException("not a valid Java package name: '" + javaPackage + "'");
        }
        List<Diagnostic> warnings = new ArrayList<>();
        List<Resource> resources = model.resources().stream().sorted(RESOURCE_ORDER).toList();
        List<Enumeration> enumerations = model.enumerations().stream().sorted(ENUM_ORDER).toList();

        NameAllocator classes = new NameAllocator(ReservedNames::isReservedClass, true, NameAllocator.Suffix.PLAIN);
        List<String> resourceNames = resources.stream()
                .map(r -> claimClass(classes, JavaNames.upperCamel(r.name()), r.location(), "resource " + r.name(),
                        warnings))
                .toList();
        List<String> enumNames = enumerations.stream()
                .map(e -> claimClass(classes, JavaNames.upperCamel(e.name()), e.location(),
                        "enumeration " + e.name(), warnings))
                .toList();
        Map<String, ResourceClasses> classesByRel = new HashMap<>();
        List<ResourceClasses> resourceClasses = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            Resource resource = resources.get(i);
            String binding = claimClass(classes, resourceNames.get(i) + "Binding", resource.location(),
                    "binding of resource " + resource.name(), warnings);
            ResourceClasses pair = new ResourceClasses(
                    ClassName.get(javaPackage, resourceNames.get(i)), ClassName.get(javaPackage, binding));
            resourceClasses.add(pair);
            classesByRel.putIfAbsent(resource.name(), pair);
        }

        List<ResourcePlan> resourcePlans = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            resourcePlans.add(new MemberPlanner(resources.get(i), classesByRel, warnings).plan(resourceClasses.get(i)));
        }
        CatalogPlanner catalogs = new CatalogPlanner(javaPackage, classes, warnings);
        List<CatalogPlan> catalogPlans = resources.stream().map(catalogs::plan).toList();
        List<EnumPlan> enumPlans = new ArrayList<>();
        for (int i = 0; i < enumerations.size(); i++) {
            Enumeration enumeration = enumerations.get(i);
            enumPlans.add(new EnumPlan(enumeration, ClassName.get(javaPackage, enumNames.get(i)),
                    constants(enumeration, warnings)));
        }
        ClassName errorEntries = catalogs.errorEntries();
        LinksPlanner linksPlanner = new LinksPlanner(javaPackage, classes, classesByRel, warnings);
        List<LinksPlan> linksPlans = resourcePlans.stream().map(linksPlanner::plan).toList();
        return new NamingPlan(javaPackage, ClassName.get(javaPackage, PROVIDER), errorEntries, resourcePlans,
                enumPlans, catalogPlans, linksPlans, warnings);
    }

    private static List<EnumPlan.Constant> constants(Enumeration enumeration, List<Diagnostic> warnings) {
        NameAllocator names =
                new NameAllocator(ReservedNames::isReservedMember, false, NameAllocator.Suffix.UNDERSCORE);
        List<EnumPlan.Constant> constants = new ArrayList<>();
        for (EnumMember member : enumeration.members()) {
            NameAllocator.Allocation allocation = names.allocate(
                    member.javaName() != null ? member.javaName() : JavaNames.upperSnake(member.name()));
            if (allocation.renamed()) {
                warnings.add(Diagnostic.warning(WarningKind.JAVA_RENAME, member.location(), String.format(
                        "member '%s' of enumeration %s is generated as constant %s: %s is already used by an"
                                + " earlier member", member.name(), enumeration.name(), allocation.name(),
                        allocation.wanted())));
            }
            constants.add(new EnumPlan.Constant(member, allocation.name()));
        }
        return constants;
    }

    private static String claimClass(
            NameAllocator classes, String candidate, SourceLocation location, String what, List<Diagnostic> warnings) {
        NameAllocator.Allocation allocation = classes.allocate(candidate);
        if (allocation.renamed()) {
            warnings.add(Diagnostic.warning(WarningKind.JAVA_RENAME, location, String.format(
                    "%s is generated as class %s: %s is already used by another class (names that differ only"
                            + " in case collide)", what, allocation.name(), allocation.wanted())));
        }
        return allocation.name();
    }
}
