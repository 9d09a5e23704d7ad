package io.github.ucwakit.benchmarks.xml.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <resource rel href>} with its links, properties, property lists and nested resources in document order. */
@XmlRootElement(name = "resource")
@XmlAccessorType(XmlAccessType.FIELD)
public class JaxbResource {

    @XmlAttribute
    public String rel;

    @XmlAttribute
    public String href;

    @XmlElements({
        @XmlElement(name = "link", type = JaxbLink.class),
        @XmlElement(name = "property", type = JaxbProperty.class),
        @XmlElement(name = "propertyList", type = JaxbPropertyList.class),
        @XmlElement(name = "resource", type = JaxbResource.class)
    })
    public List<Object> members = new ArrayList<>();
}
