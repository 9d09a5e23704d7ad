package io.github.ucwakit.benchmarks.xml.jaxb;

import io.github.ucwakit.benchmarks.xml.XmlFactories;
import io.github.ucwakit.runtime.xml.envelope.XmlResourceEnvelope;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Baseline (a): plain JAXB, unmarshalling into the runtime's envelope (or the event-channel classes around it)
 * alone, with no typed mapping, and marshalling it back. One context; one unmarshaller and marshaller per instance
 * (keep an instance per thread). Reads through a StAX reader with DTDs off, to the end of the document so that the
 * parser takes back its buffers.
 */
public final class JaxbCodec {

    private static final JAXBContext CONTEXT = createContext();

    private final XMLInputFactory input = XmlFactories.secureInput();
    private final Unmarshaller unmarshaller;
    private final Marshaller marshaller;

    public JaxbCodec() {
        try {
            unmarshaller = CONTEXT.createUnmarshaller();
            marshaller = CONTEXT.createMarshaller();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(XmlResourceEnvelope.class, JaxbEvents.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlResourceEnvelope readResource(byte[] xml) throws JAXBException, XMLStreamException {
        return (XmlResourceEnvelope) unmarshal(xml);
    }

    public JaxbEvents readEvents(byte[] xml) throws JAXBException, XMLStreamException {
        return (JaxbEvents) unmarshal(xml);
    }

    private Object unmarshal(byte[] xml) throws JAXBException, XMLStreamException {
        XMLStreamReader reader = input.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            Object envelope = unmarshaller.unmarshal(reader);
            while (reader.hasNext()) {
                reader.next();
            }
            return envelope;
        } finally {
            reader.close();
        }
    }

    public void write(Object envelope, OutputStream out) throws JAXBException {
        marshaller.marshal(envelope, out);
    }
}
