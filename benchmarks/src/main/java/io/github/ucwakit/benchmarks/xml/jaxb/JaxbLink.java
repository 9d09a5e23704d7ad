package io.github.ucwakit.benchmarks.xml.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <link rel href title?/>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class JaxbLink {

    @XmlAttribute
    public String rel;

    @XmlAttribute
    public String href;

    @XmlAttribute
    public String title;
}
