package io.github.ucwakit.runtime;

import java.util.Arrays;

/**
 * The base of generated resource and request-body classes: their members in an array of slots (see
 * {@link ResourceSlots}), {@link UnknownMembers} last, and value equality, hashing and printing over the whole
 * array, so that generated classes need not spell them out. Instances never change their slots.
 */
public abstract class SlotValue {

    /** The members, in the generated class's member order; never changed. */
    protected final Object[] values;
    private final String[] names;

    /**
     * @param names the accessor name of each slot, for {@link #toString()}
     * @param values the slots, owned by this value from now on
     */
    protected SlotValue(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** The members the class does not describe, kept in the last slot. */
    public final UnknownMembers unknownMembers() {
        return (UnknownMembers) values[values.length - 1];
    }

    /** Equal when of the same class with equal members. */
    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(values, ((SlotValue) o).values);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(values);
    }

    /** {@code Class[name=value, ...]}, every member by its accessor's name. */
    @Override
    public final String toString() {
        return ResourceSlots.toString(getClass().getSimpleName(), names, values);
    }
}
