package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.ReadLimits;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * StAX factories configured once, always the JDK's own implementation whatever else is on the class path: DTDs
 * and external entities off, no protocol allowed for external DTDs, and a resolver that refuses to fetch anything,
 * so that no document can make the parser read a file or open a connection. The JDK's nesting limit backs up
 * {@link LimitedXmlStreamReader}'s.
 */
public final class SecureXmlFactories {

    private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

    private SecureXmlFactories() {}

    /** A new input factory with DTD support and external entities turned off, and {@link ReadLimits#defaults()}. */
    public static XMLInputFactory inputFactory() {
        return inputFactory(ReadLimits.defaults());
    }

    /**
     * A new input factory with DTD support and external entities turned off; the JDK refuses elements nested
     * deeper than one more than the limits allow (the reader refuses them first, with its own message).
     */
    public static XMLInputFactory inputFactory(ReadLimits limits) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(MAX_ELEMENT_DEPTH, limits.maxDepth() == Integer.MAX_VALUE ? 0 : limits.maxDepth() + 1);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not fetched: " + systemId);
        });
        return factory;
    }
}
