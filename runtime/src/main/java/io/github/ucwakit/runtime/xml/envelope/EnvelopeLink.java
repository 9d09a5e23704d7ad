package io.github.ucwakit.runtime.xml.envelope;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;

/** {@code <link rel href title?/>}. Mutable, as JAXB needs. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "link")
public final class EnvelopeLink implements EnvelopeMember {

    @XmlAttribute(name = "rel", required = true)
    private String rel;

    @XmlAttribute(name = "href", required = true)
    private String href;

    @XmlAttribute(name = "title")
    private String title;

    @XmlAttribute(name = "revision")
    private String revision;

    public EnvelopeLink() {}

    public EnvelopeLink(String rel, String href, String title) {
        this(rel, href, title, null);
    }

    public EnvelopeLink(String rel, String href, String title, String revision) {
        this.rel = rel;
        this.href = href;
        this.title = title;
        this.revision = revision;
    }

    public String getRel() {
        return rel;
    }

    public void setRel(String rel) {
        this.rel = rel;
    }

    public String getHref() {
        return href;
    }

    public void setHref(String href) {
        this.href = href;
    }

    /** The title, or {@code null}. */
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The revision, or {@code null}. */
    public String getRevision() {
        return revision;
    }

    public void setRevision(String revision) {
        this.revision = revision;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnvelopeLink other && Objects.equals(rel, other.rel) && Objects.equals(href, other.href)
                && Objects.equals(title, other.title) && Objects.equals(revision, other.revision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rel, href, title, revision);
    }

    @Override
    public String toString() {
        return "<link rel=" + rel + " href=" + href + (title == null ? "" : " title=" + title)
                + (revision == null ? "" : " revision=" + revision) + ">";
    }
}
