package io.github.ucwakit.runtime.xml.envelope;

import io.github.ucwakit.runtime.ReadLimits;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.xml.XmlErrors;
import io.github.ucwakit.runtime.xml.XmlInputs;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Marshals and unmarshals {@link XmlResourceEnvelope}s with one {@link JAXBContext}. Unmarshalling goes through
 * the same secure, limited StAX reading as the codec, with {@link ReadLimits#defaults()}: a DOCTYPE is rejected,
 * nothing external is fetched, depth and sizes are bounded. Thread-safe.
 */
public final class XmlEnvelopes {

    private static final XmlInputs INPUTS = new XmlInputs(ReadLimits.defaults());

    private XmlEnvelopes() {}

    /** The JAXB context of the envelope classes, created on first use. */
    public static JAXBContext context() {
        return ContextHolder.CONTEXT;
    }

    public static XmlResourceEnvelope unmarshal(String xml) {
        return unmarshal(() -> INPUTS.open(xml));
    }

    /** Reads an envelope from a reader, which is left open. */
    public static XmlResourceEnvelope unmarshal(Reader xml) {
        return unmarshal(() -> INPUTS.open(xml));
    }

    /** Reads an envelope from a stream, which is left open. */
    public static XmlResourceEnvelope unmarshal(InputStream xml) {
        return unmarshal(() -> INPUTS.open(xml));
    }

    public static String marshal(XmlResourceEnvelope envelope) {
        StringWriter text = new StringWriter();
        try {
            marshaller().marshal(envelope, text);
        } catch (JAXBException e) {
            throw new UcwaPayloadException(Kind.INVALID_VALUE, "cannot marshal the envelope: " + e, null, e);
        }
        return text.toString();
    }

    /** Writes an envelope in UTF-8 to a stream, which is left open. */
    public static void marshal(XmlResourceEnvelope envelope, OutputStream out) {
        try {
            marshaller().marshal(envelope, out);
        } catch (JAXBException e) {
            throw new UcwaPayloadException(Kind.INVALID_VALUE, "cannot marshal the envelope: " + e, null, e);
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
            return context().createUnmarshaller().unmarshal(xml, XmlResourceEnvelope.class).getValue();
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(e);
        } catch (JAXBException e) {
            throw JaxbFailures.unwrap(e);
        } finally {
            XmlInputs.close(xml);
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
