package io.github.ucwakit.benchmarks.xml.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <propertyList name><item>..</item></propertyList>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class JaxbPropertyList {

    @XmlAttribute
    public String name;

    @XmlElement(name = "item")
    public List<String> items = new ArrayList<>();
}
