package io.github.ucwakit.runtime.xml.envelope;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.xml.XmlErrors;
import jakarta.xml.bind.JAXBException;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Finds what made JAXB fail: a {@link UcwaPayloadException} raised by the limited reader under it, or the parser's
 * {@link XMLStreamException}, both kept with their kind and location; anything else is {@link Kind#MALFORMED}.
 */
final class JaxbFailures {

    private JaxbFailures() {}

    static UcwaPayloadException unwrap(JAXBException e) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = e; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = next(cause)) {
            if (cause instanceof UcwaPayloadException payload) {
                return payload;
            }
            if (cause instanceof XMLStreamException stream) {
                return XmlErrors.malformed(stream);
            }
        }
        Throwable cause = e.getLinkedException() == null ? e : e.getLinkedException();
        return new UcwaPayloadException(Kind.MALFORMED, "cannot unmarshal the envelope: " + cause.getMessage(),
                null, e);
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof JAXBException jaxb && jaxb.getLinkedException() != null) {
            return jaxb.getLinkedException();
        }
        return cause.getCause();
    }
}
