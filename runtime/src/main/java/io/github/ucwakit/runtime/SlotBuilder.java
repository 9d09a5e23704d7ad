package io.github.ucwakit.runtime;

/**
 * The base of the builders of generated classes ({@link SlotValue}): the slots being filled, which
 * {@link ResourceSlots#freeze} copies into the built value.
 *
 * @param <B> the generated builder, which every setter returns
 */
public abstract class SlotBuilder<B extends SlotBuilder<B>> {

    /** The slots being filled. */
    protected final Object[] values;

    protected SlotBuilder(Object[] values) {
        this.values = values;
    }

    /** Sets a slot and returns this builder. */
    @SuppressWarnings("unchecked")
    protected final B set(int slot, Object value) {
        values[slot] = value;
        return (B) this;
    }
}
