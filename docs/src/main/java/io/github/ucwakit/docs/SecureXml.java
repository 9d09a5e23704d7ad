package io.github.ucwakit.docs;

import javax.xml.stream.XMLInputFactory;

/** StAX readers that never read a DTD or an external entity. */
final class SecureXml {

    private SecureXml() {}

    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external entity refused: " + systemId);
        });
        return factory;
    }
}
