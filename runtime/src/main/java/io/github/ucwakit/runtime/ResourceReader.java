package io.github.ucwakit.runtime;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A pull reader over one resource of a JSON or XML payload, the same for both formats so that generated
 * bindings are written once. Members arrive in document order; the self link arrives as a {@link Member#LINK}
 * named {@code self} (in XML, from the {@code href} attribute of {@code <resource>}, before other members).
 * Links and embedded resources that JSON groups in an array arrive one by one, with {@link #inArray()} true.
 *
 * <p>A value left unread is skipped by the next call to {@link #next()}. Every failure is an
 * {@link UcwaPayloadException} naming where in the document it happened.
 */
@NullMarked
public interface ResourceReader {

    /** The kind of the member the reader stands on. */
    enum Member {
        PROPERTY,
        LINK,
        EMBEDDED,
        END
    }

    /** The rel of the resource being read, or {@code null} when the payload has none. */
    @Nullable String rel();

    /**
     * Calls the listener with this reader once its {@link #rel()} is known: at once here, where the rel is known
     * before the first member. A reader that meets the rel where it stands in the document (a JSON object whose
     * {@code rel} comes after other members) calls it when it reads the rel, and never when the resource has none.
     * Lets a caller whose binding is already chosen check the rel without making the reader look ahead for it.
     */
    default void onRel(Consumer<? super ResourceReader> listener) {
        listener.accept(this);
    }

    /**
     * Whether the resource is an XML {@code <input>}, the root of a request body, rather than a
     * {@code <resource>}; an {@code <input>} has no rel. False for JSON.
     */
    default boolean isInput() {
        return false;
    }

    /**
     * Where the reader stands, for error messages: the current member or, before the first, where the resource
     * names its rel (JSON {@code $.rel}, or the resource's path when it has none; XML its {@code <resource>} start
     * tag). {@code null} when unknown.
     */
    default @Nullable String location() {
        return null;
    }

    /** Moves to the next member; {@link Member#END} once the resource is read. */
    Member next();

    /**
     * The current member's name: a property's name, a link's rel, or an embedded resource's key (in JSON the
     * name under {@code _embedded}; in XML the nested resource's rel).
     */
    String name();

    /** Whether the current link or embedded resource is an element of a JSON array. */
    boolean inArray();

    /** The current property as a string; {@code null} for JSON null. */
    @Nullable String readString();

    @Nullable Integer readInt();

    @Nullable Long readLong();

    /** JSON {@code true}/{@code false}; XML {@code True}/{@code False} in any case. */
    @Nullable Boolean readBoolean();

    /** JSON {@code /Date(ms)/} or {@code /Date(ms+hhmm)/}; XML ISO-8601. */
    @Nullable UcwaDateTime readDate();

    /** A JSON array or an XML {@code <propertyList>} of strings. */
    @Nullable List<String> readStringList();

    @Nullable List<Integer> readIntList();

    @Nullable List<Long> readLongList();

    @Nullable List<Boolean> readBooleanList();

    @Nullable List<UcwaDateTime> readDateList();

    /** The current property's value, whatever it is, kept so that it can be written back unchanged. */
    PropertyValue readValue();

    /** The current link. */
    Link readLink();

    /**
     * The current link, which the binding holds as a single link (not a list): a second link of its rel in the
     * same resource is refused with {@link UcwaPayloadException.Kind#DUPLICATE} at the second one. XML writes a
     * list of links by repeating the rel, so only the binding can tell a repeated single link from a list; in
     * JSON a rel cannot stand twice in {@code _links}, and a single link given in an array is not taken as one.
     */
    Link readSingleLink();

    /**
     * A reader over the current embedded resource. Read it to {@link Member#END} before moving this reader on,
     * or the rest of it is skipped.
     */
    ResourceReader readEmbedded();

    /**
     * As {@link #readEmbedded()}, for the embedded resource the binding holds as its single member {@code key}
     * (not a list): a second one read into that member in the same resource, under the key or, as XML names
     * it, under its rel, is refused with {@link UcwaPayloadException.Kind#DUPLICATE} at the second one.
     */
    ResourceReader readSingleEmbedded(String key);
}
