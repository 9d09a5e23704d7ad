package io.github.ucwakit.benchmarks.xml.jaxb;

import io.github.ucwakit.runtime.xml.envelope.EnvelopeLink;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <events href>}: the event-channel response, its links and sender blocks in order. */
@XmlRootElement(name = "events")
@XmlAccessorType(XmlAccessType.FIELD)
public class JaxbEvents {

    @XmlAttribute
    public String href;

    @XmlElements({
        @XmlElement(name = "link", type = EnvelopeLink.class),
        @XmlElement(name = "sender", type = JaxbSender.class)
    })
    public List<Object> members = new ArrayList<>();
}
