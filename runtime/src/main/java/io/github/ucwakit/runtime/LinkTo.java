package io.github.ucwakit.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A link of a resource class, typed by the class of the resource it points at: generated once per link, for example
 * {@code ConversationLinks.PARTICIPANTS} ({@code LinkTo<Conversation, Participants>}), so that following it can
 * read the response into the right class without the caller naming one. The target class is the generated class of
 * the resource the descriptor says the link points at, or {@link GenericResource} when no descriptor describes
 * that resource. Immutable; equal when rel, classes, target rel and cardinality are.
 *
 * @param <S> the class of the resource that carries the link
 * @param <T> the class of the resource the link points at
 */
public final class LinkTo<S extends UcwaResource, T extends UcwaResource> {

    private final String rel;
    private final Class<S> sourceType;
    private final String targetRel;
    private final Class<T> targetType;
    private final boolean array;
    private final Function<? super S, List<Link>> accessor;

    private LinkTo(String rel, Class<S> sourceType, String targetRel, Class<T> targetType, boolean array,
            Function<? super S, List<Link>> accessor) {
        this.rel = Objects.requireNonNull(rel, "rel");
        this.sourceType = Objects.requireNonNull(sourceType, "sourceType");
        this.targetRel = Objects.requireNonNull(targetRel, "targetRel");
        this.targetType = Objects.requireNonNull(targetType, "targetType");
        this.array = array;
        this.accessor = accessor;
    }

    /**
     * A link of a single rel, read from a resource by {@code accessor} (the generated accessor, such as
     * {@code Conversation::participantsLink}, or {@code Conversation::self}).
     */
    public static <S extends UcwaResource, T extends UcwaResource> LinkTo<S, T> single(String rel,
            Class<S> sourceType, String targetRel, Class<T> targetType,
            Function<? super S, Optional<Link>> accessor) {
        Objects.requireNonNull(accessor, "accessor");
        return new LinkTo<>(rel, sourceType, targetRel, targetType, false,
                source -> accessor.apply(source).map(List::of).orElse(List.of()));
    }

    /**
     * A link of an array rel (several links of one rel, such as the conversations of {@code conversations}), read
     * from a resource by {@code accessor} (the generated accessor, such as {@code Conversations::conversationLinks}).
     */
    public static <S extends UcwaResource, T extends UcwaResource> LinkTo<S, T> array(String rel,
            Class<S> sourceType, String targetRel, Class<T> targetType, Function<? super S, List<Link>> accessor) {
        Objects.requireNonNull(accessor, "accessor");
        return new LinkTo<>(rel, sourceType, targetRel, targetType, true,
                source -> List.copyOf(accessor.apply(source)));
    }

    /** The link's rel on the wire, for example {@code participants}; {@code self} for the link to itself. */
    public String rel() {
        return rel;
    }

    /** The class of the resource that carries the link. */
    public Class<S> sourceType() {
        return sourceType;
    }

    /** The rel of the resource the link points at, as the descriptor declares it (the link's rel by default). */
    public String targetRel() {
        return targetRel;
    }

    /** The class the resource the link points at is read into: generated, or {@link GenericResource}. */
    public Class<T> targetType() {
        return targetType;
    }

    /** Whether the rel is an array of links, so that a resource may carry several ({@link #links}). */
    public boolean isArray() {
        return array;
    }

    /**
     * The link as {@code source} carries it; empty when it carries none. For an array rel, the only link of the
     * array, or empty when the array is empty or absent.
     *
     * @throws IllegalStateException for an array rel of which {@code source} carries several links: pick one from
     *     {@link #links}
     */
    public Optional<Link> link(S source) {
        List<Link> links = links(source);
        if (links.size() > 1) {
            throw new IllegalStateException(sourceType.getSimpleName() + " carries " + links.size() + " '" + rel
                    + "' links; choose one from links(source)");
        }
        return links.stream().findFirst();
    }

    /** Every link of the rel {@code source} carries, in document order: none or one for a single rel. */
    public List<Link> links(S source) {
        return accessor.apply(sourceType.cast(Objects.requireNonNull(source, "source")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkTo<?, ?> other
                && rel.equals(other.rel)
                && sourceType.equals(other.sourceType)
                && targetRel.equals(other.targetRel)
                && targetType.equals(other.targetType)
                && array == other.array;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rel, sourceType, targetRel, targetType, array);
    }

    /** For example {@code LinkTo[Conversation.participants -> participants (Participants)]}. */
    @Override
    public String toString() {
        return "LinkTo[" + sourceType.getSimpleName() + "." + rel + (array ? "[]" : "") + " -> " + targetRel + " ("
                + targetType.getSimpleName() + ")]";
    }
}
