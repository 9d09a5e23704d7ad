package io.github.ucwakit.importer.infer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The enumerations of the folder and their members, to match sample values against. */
public final class EnumerationCatalog {

    private final Map<String, Set<String>> members = new TreeMap<>();

    public EnumerationCatalog(Map<String, List<String>> membersByEnumeration) {
        membersByEnumeration.forEach((name, list) -> members.put(name, Set.copyOf(list)));
    }

    /** The enumeration names, sorted. */
    public List<String> names() {
        return List.copyOf(members.keySet());
    }

    public boolean contains(String enumeration) {
        return members.containsKey(enumeration);
    }

    /** Whether every value is a member of the enumeration. */
    public boolean fits(String enumeration, Collection<String> values) {
        Set<String> known = members.get(enumeration);
        return known != null && known.containsAll(values);
    }

    /** The values that are not members of the enumeration, in the given order. */
    public List<String> strangers(String enumeration, Collection<String> values) {
        Set<String> known = members.getOrDefault(enumeration, Set.of());
        return values.stream().filter(v -> !known.contains(v)).toList();
    }

    /** The enumerations, sorted by name, whose members include every value. */
    public List<String> fitting(Collection<String> values) {
        return members.keySet().stream().filter(name -> fits(name, values)).toList();
    }
}
