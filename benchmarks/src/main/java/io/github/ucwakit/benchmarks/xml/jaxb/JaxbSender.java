package io.github.ucwakit.benchmarks.xml.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import java.util.ArrayList;
import java.util.List;

/** {@code <sender rel href>} and its events in order. */
@XmlAccessorType(XmlAccessType.FIELD)
public class JaxbSender {

    @XmlAttribute
    public String rel;

    @XmlAttribute
    public String href;

    @XmlElements({
        @XmlElement(name = "added", type = JaxbEvent.Added.class),
        @XmlElement(name = "updated", type = JaxbEvent.Updated.class),
        @XmlElement(name = "deleted", type = JaxbEvent.Deleted.class),
        @XmlElement(name = "started", type = JaxbEvent.Started.class),
        @XmlElement(name = "completed", type = JaxbEvent.Completed.class)
    })
    public List<JaxbEvent> events = new ArrayList<>();
}
