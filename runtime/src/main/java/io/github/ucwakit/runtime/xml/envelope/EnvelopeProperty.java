package io.github.ucwakit.runtime.xml.envelope;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.Objects;

/** {@code <property name="...">text</property>}: an attribute and text content. Mutable, as JAXB needs. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "property")
public final class EnvelopeProperty implements EnvelopeMember {

    @XmlAttribute(name = "name", required = true)
    private String name;

    @XmlValue
    private String value;

    public EnvelopeProperty() {}

    public EnvelopeProperty(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The text; empty for an empty element. */
    public String getValue() {
        return value == null ? "" : value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnvelopeProperty other && Objects.equals(name, other.name)
                && getValue().equals(other.getValue());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, getValue());
    }

    @Override
    public String toString() {
        return "<property name=" + name + ">" + getValue();
    }
}
