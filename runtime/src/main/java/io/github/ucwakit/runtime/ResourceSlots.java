package io.github.ucwakit.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How generated resource classes store their members: an array with one slot per member, in the class's member
 * order, {@link UnknownMembers} in the last slot; an absent member is {@code null}. A builder fills its own array;
 * {@link #freeze} copies it into the resource, which never changes it. Generated code calls these methods, so that
 * it need not spell out the copying, list handling and printing member by member.
 */
public final class ResourceSlots {

    private ResourceSlots() {}

    /** The slots of a new builder: every member absent, the last slot {@link UnknownMembers#empty()}. */
    public static Object[] empty(int size) {
        Object[] slots = new Object[size];
        slots[size - 1] = UnknownMembers.empty();
        return slots;
    }

    /** A list slot as its accessor returns it: the list, or an empty list when the member is absent. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> list(Object slot) {
        return slot == null ? List.of() : (List<T>) slot;
    }

    /** A list slot as it is written: the list, or {@code null} when the member is absent (so nothing is written). */
    @SuppressWarnings("unchecked")
    public static <T> List<T> listOrNull(Object slot) {
        return (List<T>) slot;
    }

    /**
     * A list given to a builder, as an unmodifiable copy so that later changes to it do not reach the builder (a
     * {@code null} element throws {@link NullPointerException}); a list that is already unmodifiable, like the
     * ones bindings read, is kept as it is, and {@code null} stays.
     */
    public static Object copy(List<?> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** Adds {@code element} (not {@code null}; {@code name} names it in the exception) to the list in a slot. */
    public static void add(Object[] slots, int slot, Object element, String name) {
        Objects.requireNonNull(element, name);
        if (slots[slot] instanceof ArrayList<?> list) {
            @SuppressWarnings("unchecked")
            ArrayList<Object> elements = (ArrayList<Object>) list;
            elements.add(element);
        } else {
            ArrayList<Object> elements = slots[slot] == null ? new ArrayList<>() : new ArrayList<>((List<?>) slots[slot]);
            elements.add(element);
            slots[slot] = elements;
        }
    }

    /**
     * The slots of a built resource: a copy of a builder's, every list the builder's {@code addX} grew copied into
     * an unmodifiable list; lists given to setters are unmodifiable already.
     */
    public static Object[] freeze(Object[] slots) {
        Object[] frozen = slots.clone();
        for (int i = 0; i < frozen.length; i++) {
            if (frozen[i] instanceof ArrayList<?> list) {
                frozen[i] = List.copyOf(list);
            }
        }
        return frozen;
    }

    /** {@code Type[name=value, ...]}, every member by its accessor's name, absent ones as {@code null}. */
    public static String toString(String type, String[] names, Object[] slots) {
        StringBuilder text = new StringBuilder(type).append('[');
        for (int i = 0; i < slots.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(names[i]).append('=').append(slots[i]);
        }
        return text.append(']').toString();
    }
}
