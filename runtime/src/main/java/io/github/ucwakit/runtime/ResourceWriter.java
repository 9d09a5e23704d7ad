package io.github.ucwakit.runtime;

import java.util.List;
import java.util.Optional;

/**
 * A writer of one resource to JSON or XML, the counterpart of {@link ResourceReader}. Calls come in this order:
 * {@link #beginResource}, links, properties, embedded resources, {@link #endResource}. A writer whose format puts
 * the links after the properties (JSON's {@code _links}) says so with {@link #linksFirst()}; a caller that asks
 * may then write the properties, {@link #endProperties()}, and the links, which that writer writes as they come
 * instead of holding them until the properties are written. A {@code null} value writes nothing; an empty list
 * is written as an empty list.
 */
public interface ResourceWriter {

    /** Starts a resource; {@code self} may be {@code null}. */
    void beginResource(String rel, Link self);

    /**
     * Whether this writer wants a resource's links before its properties, the order of XML and the default; one
     * that returns {@code false} wants the properties first, then {@link #endProperties()}, then the links. A
     * writer takes the links first in any case.
     */
    default boolean linksFirst() {
        return true;
    }

    /**
     * Ends the properties of a resource whose links come after them, for a writer that asked for that order
     * ({@link #linksFirst()} {@code false}): the links follow, and no property after them. Does nothing by
     * default.
     */
    default void endProperties() {
        // a writer that takes the links first has nothing to do here
    }

    /**
     * Starts a resource written as a request body: in XML an {@code <input>} root (the XML writer of the runtime),
     * elsewhere a resource without a rel, which is what this default does. Ended with {@link #endResource}.
     */
    default void beginInput(Link self) {
        beginResource(null, self);
    }

    /** A link of a single rel (a JSON object under {@code _links}). */
    void link(Link link);

    /**
     * The link of a single rel when present, written under {@code rel} whatever rel it was built with; nothing
     * when empty. Generated bindings write their links this way, without a lambda per link.
     */
    default void link(String rel, Optional<Link> link) {
        if (link.isPresent()) {
            link(link.get().withRel(rel));
        }
    }

    /**
     * The link of a single rel, written under {@code rel} whatever rel it was built with; nothing when
     * {@code null}. Generated bindings write their links this way, straight from the resource.
     */
    default void link(String rel, Link link) {
        if (link != null) {
            link(link.withRel(rel));
        }
    }

    /** The links of an array rel (a JSON array, even with one element); nothing when {@code links} is null. */
    void links(String rel, List<Link> links);

    void stringProperty(String name, String value);

    void intProperty(String name, Integer value);

    void longProperty(String name, Long value);

    void booleanProperty(String name, Boolean value);

    void dateProperty(String name, UcwaDateTime value);

    void stringListProperty(String name, List<String> values);

    void intListProperty(String name, List<Integer> values);

    void longListProperty(String name, List<Long> values);

    void booleanListProperty(String name, List<Boolean> values);

    void dateListProperty(String name, List<UcwaDateTime> values);

    /**
     * A list of enumeration values, each written as its {@link UcwaEnum#value() wire string}; by default through
     * {@link #stringListProperty}.
     */
    default void enumListProperty(String name, List<? extends UcwaEnum> values) {
        stringListProperty(name, UcwaEnums.wireValues(values));
    }

    /** A property kept as read, for example an unknown one. */
    void valueProperty(String name, PropertyValue value);

    /** One embedded resource under a single key. */
    <T extends UcwaResource> void embedded(String key, ResourceBinding<T> binding, T resource);

    /** The embedded resources under an array key (a JSON array, even with one element). */
    <T extends UcwaResource> void embeddedList(String key, ResourceBinding<T> binding, List<T> resources);

    void endResource();
}
