package io.github.ucwakit.importer.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges the draft of a second page describing the same resource (or enumeration) into the draft of the page kept
 * for it: the union of their members, each identified as descriptors identify them (a property by name, a link by
 * rel, an embedded resource by key, an event by type and sender, an operation by method, a scope or a member by
 * name). Where both pages hold the same member, the kept page's wins; where they say different things about it,
 * the member is listed as a conflict.
 */
public final class DraftMerger {

    private final List<String> added = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();

    /** The merged resource: the kept draft with the other's members it lacks appended. */
    public DraftResource merge(DraftResource kept, DraftResource other) {
        return new DraftResource(kept.name(), kept.review(), either(kept.description(), other.description()),
                union(kept.properties(), other.properties(), p -> "property " + p.name()),
                union(kept.links(), other.links(), l -> "link " + l.rel()),
                union(kept.embedded(), other.embedded(), e -> "embedded " + e.key()),
                union(kept.events(), other.events(), e -> "event " + e.type() + " from " + e.sender()),
                union(kept.operations(), other.operations(), o -> "operation " + o.method()),
                union(kept.scopes(), other.scopes(), s -> "scope " + s.name()));
    }

    /** The merged enumeration: the kept draft with the other's members it lacks appended. */
    public DraftEnumeration merge(DraftEnumeration kept, DraftEnumeration other) {
        return new DraftEnumeration(kept.name(), either(kept.description(), other.description()),
                union(kept.members(), other.members(), m -> "member " + m.name()));
    }

    /** The members the other page added, as {@code property x}, in merge order. */
    public List<String> added() {
        return List.copyOf(added);
    }

    /** The members both pages hold with different content, as {@code property x}; the kept page's stays. */
    public List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    private <T> List<T> union(List<T> kept, List<T> other, Function<T, String> identity) {
        Map<String, T> merged = new LinkedHashMap<>();
        kept.forEach(item -> merged.putIfAbsent(identity.apply(item), item));
        for (T item : other) {
            String id = identity.apply(item);
            T mine = merged.get(id);
            if (mine == null) {
                merged.put(id, item);
                added.add(id);
            } else if (!Objects.equals(mine, item)) {
                conflicts.add(id);
            }
        }
        return new ArrayList<>(merged.values());
    }

    private static String either(String kept, String other) {
        return kept != null ? kept : other;
    }
}
