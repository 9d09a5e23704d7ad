package io.github.ucwakit.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The members of a resource that its descriptor does not describe: properties, links and embedded resources,
 * kept in document order and written back unchanged. Immutable.
 *
 * <p>Names come from the payload, so they are kept in {@link NameMap}s, whose cost per name does not depend on the
 * names a sender chose. Links are grouped by rel and embedded resources by key, in the order each rel or key first
 * appeared. A group
 * remembers whether it is an array: JSON said so, or XML repeated the rel. Written back, an array group becomes a
 * JSON array even with one element.
 *
 * <p>They also keep the details of the document that carry no value, so that it is written back the same way:
 * how it named the resource ({@link #relOnWire()}: a resource read from a document that left its rel out, a JSON
 * object without {@code rel}, an XML {@code <resource>} without a rel attribute, or an XML {@code <input>}, is
 * written back the same way by {@link #beginResource}; one built in code names its rel), the XML echo of the rel
 * as {@code <property name="rel">}, and whether a group of one unknown link or embedded resource was a JSON
 * array. These wire details take no part in {@link #equals}, so that the same resource read from JSON and from
 * XML is equal, and the echo is not among {@link #properties()}.
 */
public final class UnknownMembers {

    private static final UnknownMembers EMPTY = new UnknownMembers(Map.of(), List.of(), List.of(), RelOnWire.NAMED);

    /** How the document a resource was read from named it; generated classes write it back the same way. */
    public enum RelOnWire {
        /** The rel was given (JSON {@code rel}, XML rel attribute), or the resource was built in code. */
        NAMED,
        /** The document left the rel out: a JSON object without {@code rel}, a {@code <resource>} without one. */
        ABSENT,
        /** The document was an XML {@code <input>}, a request body holding the resource's members, without rel. */
        INPUT
    }

    /** The XML echo of the rel, {@code <property name="rel">}: a wire detail, not a member. */
    static final String REL_ECHO = "rel";

    /** Every unknown property, the echo of the rel included, in document order: what is written back. */
    private final Map<String, PropertyValue> written;
    /** The unknown properties without the echo of the rel. */
    private final Map<String, PropertyValue> properties;
    private final List<Group<Link>> linkGroups;
    private final List<Group<GenericResource>> embeddedGroups;
    private final List<Link> links;
    private final List<GenericResource> embedded;
    private final RelOnWire relOnWire;

    private UnknownMembers(Map<String, PropertyValue> properties, List<Group<Link>> linkGroups,
            List<Group<GenericResource>> embeddedGroups, RelOnWire relOnWire) {
        this.written = properties.isEmpty() ? Map.of()
                : properties instanceof NameMap<PropertyValue> handedOver ? handedOver.frozen()
                : NameMap.copyOf(properties).frozen();
        this.properties = described(this.written);
        this.linkGroups = List.copyOf(linkGroups);
        this.embeddedGroups = List.copyOf(embeddedGroups);
        this.links = flatten(this.linkGroups);
        this.embedded = flatten(this.embeddedGroups);
        this.relOnWire = relOnWire;
    }

    public static UnknownMembers empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        written.forEach(builder::property);
        linkGroups.forEach(group -> builder.links.add(group.name(), group.array(), group.items()));
        embeddedGroups.forEach(group -> builder.embedded.add(group.name(), group.array(), group.items()));
        return builder.relOnWire(relOnWire);
    }

    /** Whether there is no unknown member (whatever the wire details say). */
    public boolean isEmpty() {
        return properties.isEmpty() && linkGroups.isEmpty() && embeddedGroups.isEmpty();
    }

    /** Unknown properties by name, in document order; the XML echo of the rel is not one. */
    public Map<String, PropertyValue> properties() {
        return properties;
    }

    /** Unknown links, in document order. */
    public List<Link> links() {
        return links;
    }

    /** Unknown links grouped by rel, each group knowing whether it is an array. */
    public List<Group<Link>> linkGroups() {
        return linkGroups;
    }

    /** Unknown embedded resources, in document order, each read as a {@link GenericResource}. */
    public List<GenericResource> embedded() {
        return embedded;
    }

    /** Unknown embedded resources grouped by key, each group knowing whether it is an array. */
    public List<Group<GenericResource>> embeddedGroups() {
        return embeddedGroups;
    }

    /** How the document the resource was read from named it; {@link RelOnWire#NAMED} for one built in code. */
    public RelOnWire relOnWire() {
        return relOnWire;
    }

    /**
     * Begins writing the resource as its document named it: with {@code rel}, without a rel, or as an XML
     * {@code <input>} ({@link ResourceWriter#beginInput}). A binding calls it instead of
     * {@link ResourceWriter#beginResource}.
     */
    public void beginResource(ResourceWriter writer, String rel, Link self) {
        switch (relOnWire) {
            case NAMED -> writer.beginResource(rel, self);
            case ABSENT -> writer.beginResource(null, self);
            case INPUT -> writer.beginInput(self);
        }
    }

    /** Writes the unknown links; a binding calls it after its own links. */
    public void writeLinks(ResourceWriter writer) {
        for (int i = 0; i < linkGroups.size(); i++) {
            Group<Link> group = linkGroups.get(i);
            if (group.array()) {
                writer.links(group.name(), group.items());
            } else {
                writer.link(group.items().get(0));
            }
        }
    }

    /** Writes the unknown properties; a binding calls it after its own properties. */
    public void writeProperties(ResourceWriter writer) {
        if (!written.isEmpty()) {
            written.forEach(writer::valueProperty);
        }
    }

    /** Writes the unknown embedded resources; a binding calls it after its own. */
    public void writeEmbedded(ResourceWriter writer) {
        for (int i = 0; i < embeddedGroups.size(); i++) {
            Group<GenericResource> group = embeddedGroups.get(i);
            if (group.array()) {
                writer.embeddedList(group.name(), GenericResource.BINDING, group.items());
            } else {
                writer.embedded(group.name(), GenericResource.BINDING, group.items().get(0));
            }
        }
    }

    /**
     * Equal when the unknown members are: the same properties, and the same links and embedded resources under the
     * same rels and keys in the same order. The wire details (how the document named the resource, the XML echo
     * of the rel, whether a group was a JSON array) take no part.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownMembers other
                && properties.equals(other.properties)
                && sameGroups(linkGroups, other.linkGroups)
                && sameGroups(embeddedGroups, other.embeddedGroups);
    }

    @Override
    public int hashCode() {
        int hash = properties.hashCode();
        for (Group<Link> group : linkGroups) {
            hash = 31 * hash + group.name().hashCode() * 17 + group.items().hashCode();
        }
        for (Group<GenericResource> group : embeddedGroups) {
            hash = 31 * hash + group.name().hashCode() * 17 + group.items().hashCode();
        }
        return hash;
    }

    private static <T> boolean sameGroups(List<Group<T>> these, List<Group<T>> those) {
        if (these.size() != those.size()) {
            return false;
        }
        for (int i = 0; i < these.size(); i++) {
            if (!these.get(i).name().equals(those.get(i).name())
                    || !these.get(i).items().equals(those.get(i).items())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, PropertyValue> described(Map<String, PropertyValue> written) {
        if (!written.containsKey(REL_ECHO)) {
            return written;
        }
        NameMap<PropertyValue> described = new NameMap<>(written.size());
        written.forEach((name, value) -> {
            if (!name.equals(REL_ECHO)) {
                described.put(name, value);
            }
        });
        return described.isEmpty() ? Map.of() : described.frozen();
    }

    @Override
    public String toString() {
        return "UnknownMembers{properties=" + properties + ", links=" + linkGroups + ", embedded=" + embeddedGroups
                + (relOnWire == RelOnWire.NAMED ? "" : ", relOnWire=" + relOnWire) + "}";
    }

    private static <T> List<T> flatten(List<Group<T>> groups) {
        if (groups.size() < 2) {
            return groups.isEmpty() ? List.of() : groups.get(0).items();
        }
        List<T> all = new ArrayList<>();
        groups.forEach(group -> all.addAll(group.items()));
        return List.copyOf(all);
    }

    /**
     * The unknown links of one rel, or the unknown embedded resources of one key.
     *
     * @param name the rel or key
     * @param array whether the group is written as a JSON array
     * @param items the links or resources, never empty
     * @param <T> {@link Link} or {@link GenericResource}
     */
    public record Group<T>(String name, boolean array, List<T> items) {
        public Group {
            Objects.requireNonNull(name, "name");
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a group of unknown members holds at least one item: " + name);
            }
        }
    }

    /** Collects unknown members while a binding reads. */
    public static final class Builder {

        /**
         * The unknown properties, made for the first one: most resources have none. {@link #build} hands the map
         * to the members it builds, and a later change works on a copy.
         */
        private NameMap<PropertyValue> properties;
        private boolean handedOver;
        private final GroupCollector<Link> links = new GroupCollector<>();
        private final GroupCollector<GenericResource> embedded = new GroupCollector<>();
        private RelOnWire relOnWire = RelOnWire.NAMED;

        private Builder() {}

        /**
         * Keeps how the reader's document named the resource. Called once the resource is read: a JSON object
         * may give its rel after other members.
         */
        public Builder readRelOnWire(ResourceReader reader) {
            if (reader.isInput()) {
                return relOnWire(RelOnWire.INPUT);
            }
            return relOnWire(reader.rel() == null ? RelOnWire.ABSENT : RelOnWire.NAMED);
        }

        public Builder relOnWire(RelOnWire how) {
            this.relOnWire = Objects.requireNonNull(how, "how");
            return this;
        }

        /** Keeps the property the reader stands on. */
        public Builder readProperty(ResourceReader reader) {
            return property(reader.name(), reader.readValue());
        }

        /** Keeps the link the reader stands on. */
        public Builder readLink(ResourceReader reader) {
            links.add(reader.name(), reader.inArray(), List.of(reader.readLink()));
            return this;
        }

        /** Keeps the embedded resource the reader stands on, read as a {@link GenericResource}. */
        public Builder readEmbedded(ResourceReader reader) {
            String key = reader.name();
            boolean inArray = reader.inArray();
            embedded.add(key, inArray, List.of(GenericResource.BINDING.read(reader.readEmbedded())));
            return this;
        }

        public Builder property(String name, PropertyValue value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            ownProperties().put(name, value);
            return this;
        }

        public Builder removeProperty(String name) {
            if (properties != null) {
                ownProperties().remove(name);
            }
            return this;
        }

        /** The properties to change: made for the first, copied once handed to built members. */
        private NameMap<PropertyValue> ownProperties() {
            if (properties == null) {
                properties = new NameMap<>();
            } else if (handedOver) {
                properties = NameMap.copyOf(properties);
                handedOver = false;
            }
            return properties;
        }

        /** Adds a link to its rel's group; a group of more than one link is an array. */
        public Builder link(Link link) {
            links.add(link.rel(), false, List.of(link));
            return this;
        }

        /** Adds links to the array group of {@code rel}. */
        public Builder links(String rel, List<Link> items) {
            links.add(rel, true, items);
            return this;
        }

        /** Adds an embedded resource to the group of {@code key}; a group of more than one is an array. */
        public Builder embedded(String key, GenericResource resource) {
            embedded.add(key, false, List.of(resource));
            return this;
        }

        /** Adds embedded resources to the array group of {@code key}. */
        public Builder embeddedList(String key, List<GenericResource> resources) {
            embedded.add(key, true, resources);
            return this;
        }

        public UnknownMembers build() {
            Map<String, PropertyValue> kept = properties == null ? Map.of() : properties;
            handedOver = properties != null;
            if (kept.isEmpty() && links.isEmpty() && embedded.isEmpty() && relOnWire == RelOnWire.NAMED) {
                return EMPTY;
            }
            return new UnknownMembers(kept, links.groups(), embedded.groups(), relOnWire);
        }
    }
}
