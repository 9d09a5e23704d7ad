package io.github.ucwakit.runtime.xml.envelope;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code <resource rel href>} for JAXB: its links, properties, property lists and nested resources in one list, in
 * document order. Mutable, as JAXB needs.
 */
@XmlRootElement(name = "resource")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "resource")
public final class XmlResourceEnvelope implements EnvelopeMember {

    @XmlAttribute(name = "rel")
    private String rel;

    @XmlAttribute(name = "href")
    private String href;

    @XmlElements({
        @XmlElement(name = "link", type = EnvelopeLink.class),
        @XmlElement(name = "property", type = EnvelopeProperty.class),
        @XmlElement(name = "propertyList", type = EnvelopePropertyList.class),
        @XmlElement(name = "resource", type = XmlResourceEnvelope.class)
    })
    private List<EnvelopeMember> members = new ArrayList<>();

    public XmlResourceEnvelope() {}

    public XmlResourceEnvelope(String rel, String href) {
        this.rel = rel;
        this.href = href;
    }

    /** The rel, or {@code null}. */
    public String getRel() {
        return rel;
    }

    public void setRel(String rel) {
        this.rel = rel;
    }

    /** The self link's href, or {@code null}. */
    public String getHref() {
        return href;
    }

    public void setHref(String href) {
        this.href = href;
    }

    /** The children in document order; the live list. */
    public List<EnvelopeMember> getMembers() {
        if (members == null) {
            members = new ArrayList<>();
        }
        return members;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XmlResourceEnvelope other && Objects.equals(rel, other.rel)
                && Objects.equals(href, other.href) && getMembers().equals(other.getMembers());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rel, href, getMembers());
    }

    @Override
    public String toString() {
        return "<resource rel=" + rel + " href=" + href + ">" + getMembers();
    }
}
