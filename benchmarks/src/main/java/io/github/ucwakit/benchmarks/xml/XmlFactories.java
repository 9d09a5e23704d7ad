package io.github.ucwakit.benchmarks.xml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/** The StAX factories of the XML baselines: the JDK's, with DTDs and external entities off as UCWA requires. */
public final class XmlFactories {

    /** The UCWA namespace. */
    public static final String NAMESPACE = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

    private XmlFactories() {}

    public static XMLInputFactory secureInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    public static XMLOutputFactory output() {
        return XMLOutputFactory.newFactory();
    }
}
