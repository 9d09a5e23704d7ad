package io.github.ucwakit.docs.build;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.EnumPlan;
import io.github.ucwakit.generator.naming.LinksPlan;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.NamingPlanner;
import io.github.ucwakit.generator.naming.ResourcePlan;
import io.github.ucwakit.schema.model.ApiModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java names of the generated code that the pages show beside each member, all read from the generator's
 * naming plan (the one place they are decided), never derived again here.
 */
public final class JavaNaming {

    /** The package a plan is made in when the pages name classes without one; it never shows. */
    private static final String UNNAMED = "unnamed";

    private static final String SELF = "self";

    private final boolean qualified;
    private final Map<String, ResourcePlan> resources = new HashMap<>();
    private final Map<String, CatalogPlan> catalogs = new HashMap<>();
    private final Map<String, EnumPlan> enumerations = new HashMap<>();
    private final Map<String, LinksPlan> links = new HashMap<>();

    private JavaNaming(NamingPlan plan, boolean qualified) {
        this.qualified = qualified;
        plan.resources().forEach(r -> resources.put(r.resource().name(), r));
        plan.catalogs().forEach(c -> catalogs.put(c.resource().name(), c));
        plan.enumerations().forEach(e -> enumerations.put(e.enumeration().name(), e));
        plan.links().forEach(l -> links.put(l.resource().name(), l));
    }

    /** The names of the code generated from the model into the package; an empty package names classes alone. */
    public static JavaNaming of(ApiModel model, String javaPackage) {
        boolean qualified = !javaPackage.isEmpty();
        return new JavaNaming(new NamingPlanner().plan(model, qualified ? javaPackage : UNNAMED), qualified);
    }

    private String name(ClassName type) {
        return qualified ? type.canonicalName() : type.simpleName();
    }

    /** The generated class of the resource, qualified when it has a package. */
    Optional<String> resourceClass(String rel) {
        return Optional.ofNullable(resources.get(rel)).map(r -> name(r.className()));
    }

    /** The binding class of the resource. */
    Optional<String> bindingClass(String rel) {
        return Optional.ofNullable(resources.get(rel)).map(r -> r.bindingName().simpleName());
    }

    /** The property's accessor, as called: {@code participantCount()}. */
    String property(String rel, String name) {
        return resource(rel).properties().stream()
                .filter(p -> p.property().name().equals(name))
                .map(p -> p.accessor() + "()")
                .findFirst()
                .orElse("");
    }

    /**
     * The link's accessor, as called: {@code participantsLink()}; {@code self()} for the link to the resource itself,
     * which every generated class has under that fixed name.
     */
    String link(String rel, String linkRel) {
        if (linkRel.equals(SELF)) {
            return "self()";
        }
        return resource(rel).links().stream()
                .filter(l -> l.link().rel().equals(linkRel))
                .map(l -> l.accessor() + "()")
                .findFirst()
                .orElse("");
    }

    /**
     * The link's typed constant in the resource's links class, which says the class of the resource it points at:
     * {@code ConversationLinks.PARTICIPANTS}; {@code ConversationLinks.SELF} for the link to the resource itself.
     */
    String linkConstant(String rel, String linkRel) {
        LinksPlan plan = links.get(rel);
        if (plan == null) {
            throw new IllegalArgumentException("no resource " + rel + " in the naming plan");
        }
        return plan.constants().stream()
                .filter(c -> c.rel().equals(linkRel))
                .map(c -> plan.className().simpleName() + "." + c.constant())
                .findFirst()
                .orElse("");
    }

    /** The embedded resource's accessor, as called. */
    String embedded(String rel, String key) {
        return resource(rel).embedded().stream()
                .filter(e -> e.embedded().key().equals(key))
                .map(e -> e.accessor() + "()")
                .findFirst()
                .orElse("");
    }

    /** The event's constant in the resource's events catalog: {@code ConversationEvents.ADDED}. */
    List<String> events(String rel) {
        CatalogPlan catalog = catalogs.get(rel);
        return catalog == null ? List.of() : catalog.events().stream()
                .map(e -> catalog.eventsClass().simpleName() + "." + e.constant())
                .toList();
    }

    /** The operation's constant in the resource's operations catalog: {@code ConversationOperations.GET}. */
    List<String> operations(String rel) {
        CatalogPlan catalog = catalogs.get(rel);
        return catalog == null ? List.of() : catalog.operations().stream()
                .map(o -> catalog.operationsClass().simpleName() + "." + o.constant())
                .toList();
    }

    /** The generated class of the enumeration, qualified when it has a package. */
    Optional<String> enumerationClass(String name) {
        return Optional.ofNullable(enumerations.get(name)).map(e -> name(e.className()));
    }

    /** The constants of the enumeration's members, in member order: {@code ConversationState.IN_LOBBY}. */
    List<String> constants(String name) {
        EnumPlan plan = enumerations.get(name);
        return plan == null ? List.of() : plan.constants().stream()
                .map(c -> plan.className().simpleName() + "." + c.name())
                .toList();
    }

    private ResourcePlan resource(String rel) {
        ResourcePlan plan = resources.get(rel);
        if (plan == null) {
            throw new IllegalArgumentException("no resource " + rel + " in the naming plan");
        }
        return plan;
    }
}
