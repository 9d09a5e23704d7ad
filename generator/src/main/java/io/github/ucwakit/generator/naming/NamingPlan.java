package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.schema.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * Every Java name of one generation run, decided before anything is emitted.
 *
 * @param provider the class listing every binding for {@link java.util.ServiceLoader}
 * @param errorEntries the class of the error entries every operation's error table lists; {@code null} when no
 *     operation lists errors
 * @param resources sorted by rel
 * @param enumerations sorted by name
 * @param catalogs the events, operations, error tables and request bodies of each resource, sorted by rel
 * @param links the typed links of each resource, sorted by rel
 * @param warnings the renamings that a collision forced, one per renamed node
 */
public record NamingPlan(
        String javaPackage,
        ClassName provider,
        ClassName errorEntries,
        List<ResourcePlan> resources,
        List<EnumPlan> enumerations,
        List<CatalogPlan> catalogs,
        List<LinksPlan> links,
        List<Diagnostic> warnings) {

    public NamingPlan {
        resources = List.copyOf(resources);
        enumerations = List.copyOf(enumerations);
        catalogs = List.copyOf(catalogs);
        links = List.copyOf(links);
        warnings = List.copyOf(warnings);
    }

    /** The plan of the resource of the given rel, if a descriptor describes it. */
    public Optional<ResourcePlan> resource(String rel) {
        return resources.stream().filter(r -> r.resource().name().equals(rel)).findFirst();
    }

    /** The class of the named enumeration; the model guarantees that every referenced enumeration exists. */
    public ClassName enumClass(String name) {
        return enumerations.stream()
                .filter(e -> e.enumeration().name().equals(name))
                .map(EnumPlan::className)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no enumeration named " + name));
    }
}
