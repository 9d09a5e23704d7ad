package io.github.ucwakit.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects items into named groups kept in the order each name first appeared. Not thread-safe. */
final class GroupCollector<T> {

    /** The groups by name, in the order each first appeared; made for the first item. */
    private Map<String, Pending<T>> groups;

    /** Appends items to the group of {@code name}; the group is an array if asked once, or once it holds two. */
    void add(String name, boolean array, List<T> items) {
        if (groups == null) {
            groups = new NameMap<>();
        }
        Pending<T> pending = groups.computeIfAbsent(name, key -> new Pending<>());
        pending.items.addAll(items);
        pending.array |= array || pending.items.size() > 1;
    }

    boolean isEmpty() {
        return groups == null || groups.isEmpty();
    }

    List<UnknownMembers.Group<T>> groups() {
        if (groups == null) {
            return List.of();
        }
        List<UnknownMembers.Group<T>> result = new ArrayList<>(groups.size());
        groups.forEach((name, pending) -> {
            if (!pending.items.isEmpty()) {
                result.add(new UnknownMembers.Group<>(name, pending.array, pending.items));
            }
        });
        return result;
    }

    private static final class Pending<T> {
        private final List<T> items = new ArrayList<>();
        private boolean array;
    }
}
