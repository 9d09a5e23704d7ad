package io.github.ucwakit.runtime;

/**
 * Reads and writes one resource type through the format-neutral {@link ResourceReader} and
 * {@link ResourceWriter}; generated for every described resource. Implementations are stateless and safe to
 * share between threads.
 *
 * @param <T> the resource type
 */
public interface ResourceBinding<T extends UcwaResource> {

    /** The rel this binding reads. */
    String rel();

    /** The class this binding produces. */
    Class<T> type();

    /** Reads the resource the reader stands on, to its end. */
    T read(ResourceReader reader);

    /**
     * Writes the resource: {@link ResourceWriter#beginResource}, then links and properties (links first, or, when
     * the writer asks for it with {@link ResourceWriter#linksFirst()}, properties, {@link
     * ResourceWriter#endProperties()} and links), embedded resources, and {@link ResourceWriter#endResource}.
     */
    void write(T resource, ResourceWriter writer);
}
