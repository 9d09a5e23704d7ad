package io.github.ucwakit.runtime.events;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.WireNames;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorXml;
import io.github.ucwakit.runtime.xml.XmlNames;
import io.github.ucwakit.runtime.xml.XmlResourceWriter;
import io.github.ucwakit.runtime.xml.XmlScalars;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the XML form of an event-channel response (see {@link XmlEventReader}). Kept members become attributes
 * when XML text can carry them; lists and objects, which only JSON can carry, are left out. Not thread-safe.
 */
final class XmlEventWriter {

    private final UcwaCodec codec;
    private final XMLStreamWriter xml;

    XmlEventWriter(UcwaCodec codec, XMLStreamWriter xml) {
        this.codec = codec;
        this.xml = xml;
    }

    void write(EventChannelResponse response) throws XMLStreamException {
        try {
            xml.writeStartElement(XmlEventReader.EVENTS);
            if (response.self().isPresent()) {
                xml.writeAttribute(XmlNames.HREF, response.self().get().href());
            }
            attributes(response.unknownMembers(), WireNames.Owner.RESPONSE, -1, -1);
            xml.writeDefaultNamespace(XmlNames.NAMESPACE);
            for (Link link : response.links()) {
                xml.writeEmptyElement(XmlNames.LINK);
                linkAttributes(link);
            }
        } catch (XMLStreamException e) {
            throw failed(e, where(-1, -1));
        }
        List<EventSender> senders = response.senders();
        for (int i = 0; i < senders.size(); i++) {
            sender(senders.get(i), i);
        }
        xml.writeEndElement();
    }

    private void sender(EventSender sender, int senderIndex) throws XMLStreamException {
        try {
            xml.writeStartElement(XmlEventReader.SENDER);
            xml.writeAttribute(XmlNames.REL, sender.rel());
            if (sender.href().isPresent()) {
                xml.writeAttribute(XmlNames.HREF, sender.href().get());
            }
            if (sender.title().isPresent()) {
                xml.writeAttribute(XmlNames.TITLE, sender.title().get());
            }
            attributes(sender.unknownMembers(), WireNames.Owner.SENDER, senderIndex, -1);
        } catch (XMLStreamException e) {
            throw failed(e, where(senderIndex, -1));
        }
        List<Event> events = sender.events();
        for (int i = 0; i < events.size(); i++) {
            event(events.get(i), senderIndex, i);
        }
        xml.writeEndElement();
    }

    private void event(Event event, int senderIndex, int eventIndex) throws XMLStreamException {
        try {
            String type = event.type().value();
            if (!WireNames.allowed(WireNames.Owner.EVENT_TYPE, type)) {
                throw WireNames.refusal(WireNames.Owner.EVENT_TYPE, type, where(senderIndex, eventIndex));
            }
            xml.writeStartElement(type);
            linkAttributes(event.link());
            if (event.status().isPresent()) {
                xml.writeAttribute(XmlEventReader.STATUS, event.status().get());
            }
            attributes(event.unknownMembers(), WireNames.Owner.EVENT, senderIndex, eventIndex);
            if (event.in().isPresent()) {
                xml.writeEmptyElement(XmlEventReader.IN);
                linkAttributes(event.in().get());
            }
        } catch (XMLStreamException e) {
            throw failed(e, where(senderIndex, eventIndex));
        }
        if (event.resource().isPresent()) {
            codec.writeResource(event.resource().get(), XmlResourceWriter.root(xml));
        }
        if (event.reason().isPresent()) {
            try {
                ErrorXml.write(xml, event.reason().get(), false);
            } catch (XMLStreamException e) {
                throw failed(e, where(senderIndex, eventIndex) + "/reason");
            }
        }
        xml.writeEndElement();
    }

    private void linkAttributes(Link link) throws XMLStreamException {
        xml.writeAttribute(XmlNames.REL, link.rel());
        xml.writeAttribute(XmlNames.HREF, link.href());
        if (link.title().isPresent()) {
            xml.writeAttribute(XmlNames.TITLE, link.title().get());
        }
    }

    /** Writes members the format does not define as attributes, each name checked by {@link WireNames}. */
    private void attributes(Map<String, PropertyValue> members, WireNames.Owner owner, int senderIndex,
            int eventIndex) throws XMLStreamException {
        for (Map.Entry<String, PropertyValue> member : members.entrySet()) {
            String name = member.getKey();
            if (!WireNames.allowed(owner, name)) {
                throw WireNames.refusal(owner, name, where(senderIndex, eventIndex) + "/@" + name);
            }
            String text = XmlScalars.text(member.getValue());
            if (text != null) {
                xml.writeAttribute(name, text);
            }
        }
    }

    /**
     * The path of the response ({@code senderIndex} below 0), of a sender ({@code eventIndex} below 0) or of an
     * event, built only for an error.
     */
    private static String where(int senderIndex, int eventIndex) {
        String root = "/events";
        if (senderIndex < 0) {
            return root;
        }
        String sender = root + "/sender[" + (senderIndex + 1) + "]";
        return eventIndex < 0 ? sender : sender + "/*[" + (eventIndex + 1) + "]";
    }

    /** A value the XML writer refused (a character XML cannot carry), located by the element that holds it. */
    private static UcwaPayloadException failed(XMLStreamException e, String where) {
        return new UcwaPayloadException(Kind.INVALID_VALUE, "cannot write XML: " + e.getMessage(), where, e);
    }
}
