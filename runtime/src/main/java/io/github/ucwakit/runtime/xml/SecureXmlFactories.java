package io.github.ucwakit.runtime.xml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * StAX factories configured once: DTDs and external entities off, and a resolver that refuses to fetch anything,
 * so that no document can make the parser read a file or open a connection.
 */
public final class SecureXmlFactories {

    private SecureXmlFactories() {}

    /** A new input factory with DTD support and external entities turned off. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not fetched: " + systemId);
        });
        return factory;
    }

}
