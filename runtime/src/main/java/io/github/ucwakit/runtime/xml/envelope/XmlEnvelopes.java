package io.github.ucwakit.runtime.xml.envelope;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.xml.SecureXmlFactories;
import io.github.ucwakit.runtime.xml.XmlErrors;
import io.github.ucwakit.runtime.xml.XmlStreams;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Marshals and unmarshals {@link XmlResourceEnvelope}s with one {@link JAXBContext}. Unmarshalling goes through
 * the same secure StAX factory as the codec: a DOCTYPE is rejected, nothing external is fetched. Thread-safe.
 */
public final class XmlEnvelopes {

    private static final XMLInputFactory INPUTS = SecureXmlFactories.inputFactory();

    private XmlEnvelopes() {}

    /** The JAXB context of the envelope classes, created on first use. */
    public static JAXBContext context() {
        return ContextHolder.CONTEXT;
    }

    public static XmlResourceEnvelope unmarshal(String xml) {
        return unmarshal(new StringReader(xml));
    }

    public static XmlResourceEnvelope unmarshal(Reader xml) {
        return unmarshal(() -> INPUTS.createXMLStreamReader(xml));
    }

    /** Reads an envelope from a stream, which is left open. */
    public static XmlResourceEnvelope unmarshal(InputStream xml) {
        return unmarshal(() -> INPUTS.createXMLStreamReader(XmlStreams.unclosable(xml)));
    }

    public static String marshal(XmlResourceEnvelope envelope) {
        StringWriter text = new StringWriter();
        try {
            marshaller().marshal(envelope, text);
        } catch (JAXBException e) {
            throw new UcwaPayloadException("cannot marshal the envelope: " + e, null, e);
        }
        return text.toString();
    }

    /** Writes an envelope in UTF-8 to a stream, which is left open. */
    public static void marshal(XmlResourceEnvelope envelope, OutputStream out) {
        try {
            marshaller().marshal(envelope, out);
        } catch (JAXBException e) {
            throw new UcwaPayloadException("cannot marshal the envelope: " + e, null, e);
        }
    }

    private static Marshaller marshaller() throws JAXBException {
        Marshaller marshaller = context().createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        return marshaller;
    }

    private static XmlResourceEnvelope unmarshal(Opener opener) {
        XMLStreamReader xml = null;
        try {
            xml = opener.open();
            XmlStreams.toRootElement(xml);
            return context().createUnmarshaller().unmarshal(xml, XmlResourceEnvelope.class).getValue();
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(e);
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() == null ? e : e.getLinkedException();
            throw new UcwaPayloadException("cannot unmarshal the envelope: " + cause.getMessage(), null, e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // the document has been read or rejected already
                }
            }
        }
    }

    @FunctionalInterface
    private interface Opener {
        XMLStreamReader open() throws XMLStreamException;
    }

    /** Creates the context once, on first use. */
    private static final class ContextHolder {
        private static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(XmlResourceEnvelope.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create the JAXB context of the XML envelope", e);
            }
        }
    }
}
