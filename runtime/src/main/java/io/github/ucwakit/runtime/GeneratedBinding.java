package io.github.ucwakit.runtime;

import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What every generated resource binding shares: the rel and the class it reads and writes, given once to the
 * constructor; {@link #read}, the read loop of {@link GeneratedReader} around a new builder; and {@link #write},
 * which writes the resource's groups of members in the order the writer asks for
 * ({@link ResourceWriter#linksFirst()}). A generated binding holds only what is its own resource's: the
 * {@code readX} methods that switch on member names, {@link #newBuilder}, {@link #build}, and the methods that
 * write its members.
 *
 * @param <T> the generated resource class
 * @param <B> its builder
 */
@NullMarked
public abstract class GeneratedBinding<T extends UcwaResource, B> extends GeneratedReader<B>
        implements ResourceBinding<T> {

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
     * Reads the resource the reader stands on: its members into a new builder, the rest into its
     * {@link UnknownMembers} with how the document named it.
     */
    @Override
    public final T read(ResourceReader reader) {
        B builder = newBuilder();
        UnknownMembers.Builder unknown = readMembers(reader, builder);
        return build(builder, unknown.readRelOnWire(reader).build());
    }

    /** A builder with every member absent. */
    protected abstract B newBuilder();

    /** The resource of a filled builder, with the members it did not take. */
    protected abstract T build(B builder, UnknownMembers unknownMembers);

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
    protected @Nullable Link self(T resource) {
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
}
