package io.github.ucwakit.benchmarks.xml.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** {@code <property name>text</property>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class JaxbProperty {

    @XmlAttribute
    public String name;

    @XmlValue
    public String value;
}
