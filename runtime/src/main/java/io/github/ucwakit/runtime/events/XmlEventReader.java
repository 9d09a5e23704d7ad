package io.github.ucwakit.runtime.events;

import io.github.ucwakit.runtime.NameSet;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.WireNames;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorXml;
import io.github.ucwakit.runtime.errors.UcwaError;
import io.github.ucwakit.runtime.xml.XmlElements;
import io.github.ucwakit.runtime.xml.XmlErrors;
import io.github.ucwakit.runtime.xml.XmlNames;
import io.github.ucwakit.runtime.xml.XmlResourceReader;
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
 * elements are skipped. Each start tag's attributes are read in one pass. Not thread-safe.
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

    /** The attributes the format defines, as bits: which an element has is the sum of its bits. */
    private static final int REL = 1;
    private static final int HREF = 2;
    private static final int TITLE = 4;
    private static final int STATUS_BIT = 8;
    private static final int ROOT_ATTRIBUTES = HREF;
    private static final int LINK_ATTRIBUTES = REL | HREF | TITLE;
    private static final int EVENT_ATTRIBUTES = LINK_ATTRIBUTES | STATUS_BIT;

    private final UcwaCodec codec;
    private final XMLStreamReader xml;
    /** The values of the current start tag's defined attributes, as {@link #scan} read them; null when absent. */
    private String rel;
    private String href;
    private String title;
    private String status;
    /** Whether the current start tag has attributes without a namespace that the format does not define there. */
    private boolean extraAttributes;

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
        scan(ROOT_ATTRIBUTES);
        if (href != null) {
            response.self(Link.of("self", href));
        }
        String rootHref = href;
        if (extraAttributes) {
            keepExtraAttributes(ROOT_ATTRIBUTES, WireNames.Owner.RESPONSE, response::unknownMember);
        }
        NameSet linkRels = new NameSet();
        String lastRel = null;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!XmlNames.isUcwa(xml.getNamespaceURI())) {
                XmlElements.skip(xml);
            } else if (XmlNames.LINK.equals(xml.getLocalName())) {
                scan(LINK_ATTRIBUTES);
                Link link = link(XmlNames.LINK);
                if (!link.rel().equals(lastRel) && !linkRels.add(link.rel())
                        || link.rel().equals("self") && rootHref != null) {
                    throw XmlErrors.at(xml, Kind.DUPLICATE, "the link '" + link.rel() + "' is given twice;"
                            + " links of one rel stand together, and self is given once");
                }
                lastRel = link.rel();
                response.link(link);
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
        scan(LINK_ATTRIBUTES);
        EventSender.Builder sender = EventSender.builder(required(rel, XmlNames.REL)).href(href).title(title);
        if (extraAttributes) {
            keepExtraAttributes(LINK_ATTRIBUTES, WireNames.Owner.SENDER, sender::unknownMember);
        }
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
        String element = xml.getLocalName();
        EventType type = EventType.of(WireNames.check(WireNames.Owner.EVENT_TYPE, element,
                XmlErrors.where(xml.getLocation())));
        scan(EVENT_ATTRIBUTES);
        Event.Builder event = Event.builder(type, link(element)).status(status);
        if (extraAttributes) {
            keepExtraAttributes(EVENT_ATTRIBUTES, WireNames.Owner.EVENT, event::unknownMember);
        }
        UcwaResource resource = null;
        UcwaError reason = null;
        boolean in = false;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String local = XmlNames.isUcwa(xml.getNamespaceURI()) ? xml.getLocalName() : "";
            if (local.equals(XmlNames.RESOURCE)) {
                if (resource != null) {
                    throw XmlErrors.at(xml, "an event embeds one resource; found a second <resource>");
                }
                resource = codec.readResource(XmlResourceReader.atResource(xml, codec.dataHrefs()));
            } else if (local.equals(ErrorXml.REASON)) {
                if (reason != null) {
                    throw XmlErrors.at(xml, Kind.DUPLICATE, "an event has one <reason>; found a second");
                }
                reason = ErrorXml.read(xml);
            } else if (local.equals(IN)) {
                if (in) {
                    throw XmlErrors.at(xml, Kind.DUPLICATE, "an event has one <in>; found a second");
                }
                in = true;
                scan(LINK_ATTRIBUTES);
                event.in(link(IN));
                XmlElements.skip(xml);
            } else {
                XmlElements.skip(xml);
            }
        }
        return event.resource(resource).reason(reason).build();
    }

    /** The link the scanned rel, href and title attributes make. */
    private Link link(String element) {
        String linkRel = required(rel, XmlNames.REL);
        if (href == null) {
            throw XmlErrors.at(xml, "<" + element + "> needs an href attribute");
        }
        return Link.of(linkRel, href, title);
    }

    private String required(String value, String attribute) {
        if (value == null) {
            throw XmlErrors.at(xml, "<" + xml.getLocalName() + "> needs a " + attribute + " attribute");
        }
        return value;
    }

    /**
     * Reads the current start tag's attributes that are among {@code defined} into {@link #rel}, {@link #href},
     * {@link #title} and {@link #status}. As StAX's {@code getAttributeValue(null, name)}, the first attribute of
     * a name counts whatever its namespace. Notes whether there are attributes to keep as unknown members.
     */
    private void scan(int defined) {
        rel = null;
        href = null;
        title = null;
        status = null;
        extraAttributes = false;
        for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
            int bit = bit(xml.getAttributeLocalName(i)) & defined;
            if (bit == 0) {
                extraAttributes |= noNamespace(xml.getAttributeNamespace(i));
            } else if (bit == REL) {
                rel = rel == null ? xml.getAttributeValue(i) : rel;
            } else if (bit == HREF) {
                href = href == null ? xml.getAttributeValue(i) : href;
            } else if (bit == TITLE) {
                title = title == null ? xml.getAttributeValue(i) : title;
            } else {
                status = status == null ? xml.getAttributeValue(i) : status;
            }
        }
    }

    /** Keeps the attributes without a namespace that the format does not define, as text members, in order. */
    private void keepExtraAttributes(int defined, WireNames.Owner owner, BiConsumer<String, PropertyValue> keep) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            if (noNamespace(xml.getAttributeNamespace(i)) && (bit(name) & defined) == 0) {
                WireNames.check(owner, name, XmlErrors.where(xml.getLocation()));
                keep.accept(name, new PropertyValue.Text(xml.getAttributeValue(i)));
            }
        }
    }

    private static int bit(String attribute) {
        if (XmlNames.REL.equals(attribute)) {
            return REL;
        } else if (XmlNames.HREF.equals(attribute)) {
            return HREF;
        } else if (XmlNames.TITLE.equals(attribute)) {
            return TITLE;
        }
        return STATUS.equals(attribute) ? STATUS_BIT : 0;
    }

    private static boolean noNamespace(String namespace) {
        return namespace == null || namespace.isEmpty();
    }
}
