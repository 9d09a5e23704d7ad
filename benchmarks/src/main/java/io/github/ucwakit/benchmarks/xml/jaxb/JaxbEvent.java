package io.github.ucwakit.benchmarks.xml.jaxb;

import io.github.ucwakit.runtime.xml.envelope.EnvelopeLink;
import io.github.ucwakit.runtime.xml.envelope.XmlResourceEnvelope;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;

/**
 * One event of a {@code <sender>}: its element name is the event type, its {@code rel}/{@code href} the target,
 * and it may hold an {@code in} link and the embedded target {@code <resource>}.
 */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class JaxbEvent {

    @XmlAttribute
    public String rel;

    @XmlAttribute
    public String href;

    @XmlAttribute
    public String title;

    @XmlElements({
        @XmlElement(name = "link", type = EnvelopeLink.class),
        @XmlElement(name = "resource", type = XmlResourceEnvelope.class)
    })
    public List<Object> members = new ArrayList<>();

    /** The event type, the element's name. */
    public abstract String type();

    /** {@code <added>}. */
    public static class Added extends JaxbEvent {
        @Override
        public String type() {
            return "added";
        }
    }

    /** {@code <updated>}. */
    public static class Updated extends JaxbEvent {
        @Override
        public String type() {
            return "updated";
        }
    }

    /** {@code <deleted>}. */
    public static class Deleted extends JaxbEvent {
        @Override
        public String type() {
            return "deleted";
        }
    }

    /** {@code <started>}. */
    public static class Started extends JaxbEvent {
        @Override
        public String type() {
            return "started";
        }
    }

    /** {@code <completed>}. */
    public static class Completed extends JaxbEvent {
        @Override
        public String type() {
            return "completed";
        }
    }
}
