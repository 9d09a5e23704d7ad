package io.github.ucwakit.runtime.xml.envelope;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code <propertyList name="..."><item>..</item></propertyList>}. Mutable, as JAXB needs. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "propertyList")
public final class EnvelopePropertyList implements EnvelopeMember {

    @XmlAttribute(name = "name", required = true)
    private String name;

    @XmlElement(name = "item")
    private List<String> items = new ArrayList<>();

    public EnvelopePropertyList() {}

    public EnvelopePropertyList(String name, List<String> items) {
        this.name = name;
        this.items = new ArrayList<>(items);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The items' texts, in order; the live list. */
    public List<String> getItems() {
        if (items == null) {
            items = new ArrayList<>();
        }
        return items;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnvelopePropertyList other && Objects.equals(name, other.name)
                && getItems().equals(other.getItems());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, getItems());
    }

    @Override
    public String toString() {
        return "<propertyList name=" + name + ">" + getItems();
    }
}
