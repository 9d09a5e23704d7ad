package io.github.ucwakit.runtime.events;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaCodec;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.errors.ErrorXml;
import io.github.ucwakit.runtime.errors.UcwaError;
import io.github.ucwakit.runtime.errors.XmlElements;
import io.github.ucwakit.runtime.xml.XmlErrors;
import io.github.ucwakit.runtime.xml.XmlNames;
import io.github.ucwakit.runtime.xml.XmlResourceReader;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML form of an event-channel response: {@code <events href>} holding {@code <link rel href>} and
 * {@code <sender rel href>} elements; each child of a sender is an event named by its type ({@code <added>},
 * {@code <updated>}, ...) with the target's {@code rel}, {@code href} and {@code title}, an optional {@code status}
 * attribute, and optional {@code <in rel href>}, {@code <resource>} and {@code <reason>} children. An embedded
 * {@code <resource>} is read by the codec's binding of its rel. Attributes outside the format are kept; other
 * elements are skipped. Not thread-safe.
 */
final class XmlEventReader {

    /** The root element. */
    static final String EVENTS = "events";
    /** A sender block. */
    static final String SENDER = "sender";
    /** The collection link of an event. */
    static final String IN = "in";
    /** The attribute of an operation event's status. */
    static final String STATUS = "status";

    private static final Set<String> LINK_ATTRIBUTES = Set.of(XmlNames.REL, XmlNames.HREF, XmlNames.TITLE);
    private static final Set<String> EVENT_ATTRIBUTES =
            Set.of(XmlNames.REL, XmlNames.HREF, XmlNames.TITLE, STATUS);

    private final UcwaCodec codec;
    private final XMLStreamReader xml;

    XmlEventReader(UcwaCodec codec, XMLStreamReader xml) {
        this.codec = codec;
        this.xml = xml;
    }

    /** Reads the root element, on whose start tag the stream stands. */
    EventChannelResponse read() throws XMLStreamException {
        if (!EVENTS.equals(xml.getLocalName()) || !XmlNames.isUcwa(xml.getNamespaceURI())) {
            throw XmlErrors.at(xml, "expected an <events> element of namespace " + XmlNames.NAMESPACE);
        }
        EventChannelResponse.Builder response = EventChannelResponse.builder();
        String href = xml.getAttributeValue(null, XmlNames.HREF);
        if (href != null) {
            response.self(Link.of("self", href));
        }
        unknownAttributes(Set.of(XmlNames.HREF), response::unknownMember);
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!XmlNames.isUcwa(xml.getNamespaceURI())) {
                XmlElements.skip(xml);
            } else if (XmlNames.LINK.equals(xml.getLocalName())) {
                response.link(link(XmlNames.LINK));
                XmlElements.skip(xml);
            } else if (SENDER.equals(xml.getLocalName())) {
                response.addSender(sender());
            } else {
                XmlElements.skip(xml);
            }
        }
        return response.build();
    }

    private EventSender sender() throws XMLStreamException {
        EventSender.Builder sender = EventSender.builder(required(XmlNames.REL))
                .href(xml.getAttributeValue(null, XmlNames.HREF))
                .title(xml.getAttributeValue(null, XmlNames.TITLE));
        unknownAttributes(LINK_ATTRIBUTES, sender::unknownMember);
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (XmlNames.isUcwa(xml.getNamespaceURI())) {
                sender.addEvent(event());
            } else {
                XmlElements.skip(xml);
            }
        }
        return sender.build();
    }

    private Event event() throws XMLStreamException {
        EventType type = EventType.of(xml.getLocalName());
        Event.Builder event = Event.builder(type, link(xml.getLocalName()))
                .status(xml.getAttributeValue(null, STATUS));
        unknownAttributes(EVENT_ATTRIBUTES, event::unknownMember);
        UcwaResource resource = null;
        UcwaError reason = null;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String local = XmlNames.isUcwa(xml.getNamespaceURI()) ? xml.getLocalName() : "";
            if (local.equals(XmlNames.RESOURCE)) {
                if (resource != null) {
                    throw XmlErrors.at(xml, "an event embeds one resource; found a second <resource>");
                }
                resource = codec.readResource(XmlResourceReader.atResource(xml, codec.dataHrefs()));
            } else if (local.equals(ErrorXml.REASON)) {
                reason = ErrorXml.read(xml);
            } else if (local.equals(IN)) {
                event.in(link(IN));
                XmlElements.skip(xml);
            } else {
                XmlElements.skip(xml);
            }
        }
        return event.resource(resource).reason(reason).build();
    }

    /** The link the current element's rel, href and title attributes make. */
    private Link link(String element) {
        String rel = required(XmlNames.REL);
        String href = xml.getAttributeValue(null, XmlNames.HREF);
        if (href == null) {
            throw XmlErrors.at(xml, "<" + element + "> needs an href attribute");
        }
        return Link.of(rel, href, xml.getAttributeValue(null, XmlNames.TITLE));
    }

    private String required(String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null) {
            throw XmlErrors.at(xml, "<" + xml.getLocalName() + "> needs a " + attribute + " attribute");
        }
        return value;
    }

    /** Keeps the attributes without a namespace that the format does not define, as text members. */
    private void unknownAttributes(Set<String> known, BiConsumer<String, PropertyValue> keep) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            String name = xml.getAttributeLocalName(i);
            if ((namespace == null || namespace.isEmpty()) && !known.contains(name)) {
                keep.accept(name, new PropertyValue.Text(xml.getAttributeValue(i)));
            }
        }
    }
}
