package io.github.ucwakit.runtime;

import java.util.Objects;

/**
 * What every generated resource binding shares: the rel and the class it reads and writes, given once to the
 * constructor, and {@link #write}, which writes the resource's groups of members in the order the writer asks for
 * ({@link ResourceWriter#linksFirst()}). Generated bindings extend it and implement {@link #read},
 * {@link #writeLinks} and {@link #writeProperties}, and {@link #self} and {@link #writeEmbedded} when they have
 * something to add; they read the members to write straight from the resource's slots ({@link #link},
 * {@link #embedded}), without an {@code Optional} per member.
 *
 * @param <T> the generated resource class
 */
public abstract class GeneratedBinding<T extends UcwaResource> implements ResourceBinding<T> {

    private final String rel;
    private final Class<T> type;

    protected GeneratedBinding(String rel, Class<T> type) {
        this.rel = Objects.requireNonNull(rel, "rel");
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public final String rel() {
        return rel;
    }

    @Override
    public final Class<T> type() {
        return type;
    }

    /**
     * Begins the resource as its document named it ({@link UnknownMembers#beginResource}) with its self link; writes
     * its links and its properties, links first unless the writer asks for the properties first (then
     * {@link ResourceWriter#endProperties()} separates them); then its embedded resources, and ends it.
     */
    @Override
    public final void write(T resource, ResourceWriter writer) {
        resource.unknownMembers().beginResource(writer, rel, self(resource));
        if (writer.linksFirst()) {
            writeLinks(resource, writer);
            writeProperties(resource, writer);
        } else {
            writeProperties(resource, writer);
            writer.endProperties();
            writeLinks(resource, writer);
        }
        writeEmbedded(resource, writer);
        writer.endResource();
    }

    /** The resource's self link, or {@code null}. */
    protected Link self(T resource) {
        return resource.self().orElse(null);
    }

    /** Writes the resource's links, then its {@link UnknownMembers#writeLinks unknown links}. */
    protected abstract void writeLinks(T resource, ResourceWriter writer);

    /** Writes the resource's properties, then its {@link UnknownMembers#writeProperties unknown properties}. */
    protected abstract void writeProperties(T resource, ResourceWriter writer);

    /**
     * Writes the resource's embedded resources, then its {@link UnknownMembers#writeEmbedded unknown ones}; by
     * default only the unknown ones, for a resource that describes none.
     */
    protected void writeEmbedded(T resource, ResourceWriter writer) {
        resource.unknownMembers().writeEmbedded(writer);
    }

    /** The link in slot {@code slot} of a generated resource, or {@code null} when it is absent. */
    protected static Link link(SlotValue resource, int slot) {
        return (Link) resource.values[slot];
    }

    /**
     * The embedded resource in slot {@code slot} of a generated resource, or {@code null} when it is absent; the
     * caller knows the slot's type.
     */
    @SuppressWarnings("unchecked")
    protected static <E extends UcwaResource> E embedded(SlotValue resource, int slot) {
        return (E) resource.values[slot];
    }
}
