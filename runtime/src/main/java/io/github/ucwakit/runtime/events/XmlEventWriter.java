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
        String root = "/events";
        try {
            xml.writeStartElement(XmlEventReader.EVENTS);
            if (response.self().isPresent()) {
                xml.writeAttribute(XmlNames.HREF, response.self().get().href());
            }
            attributes(response.unknownMembers(), WireNames.Owner.RESPONSE, root);
            xml.writeDefaultNamespace(XmlNames.NAMESPACE);
            for (Link link : response.links()) {
                xml.writeEmptyElement(XmlNames.LINK);
                linkAttributes(link);
            }
        } catch (XMLStreamException e) {
            throw failed(e, root);
        }
        List<EventSender> senders = response.senders();
        for (int i = 0; i < senders.size(); i++) {
            sender(senders.get(i), root + "/sender[" + (i + 1) + "]");
        }
        xml.writeEndElement();
    }

    private void sender(EventSender sender, String where) throws XMLStreamException {
        try {
            xml.writeStartElement(XmlEventReader.SENDER);
            xml.writeAttribute(XmlNames.REL, sender.rel());
            if (sender.href().isPresent()) {
                xml.writeAttribute(XmlNames.HREF, sender.href().get());
            }
            if (sender.title().isPresent()) {
                xml.writeAttribute(XmlNames.TITLE, sender.title().get());
            }
            attributes(sender.unknownMembers(), WireNames.Owner.SENDER, where);
        } catch (XMLStreamException e) {
            throw failed(e, where);
        }
        List<Event> events = sender.events();
        for (int i = 0; i < events.size(); i++) {
            event(events.get(i), where + "/*[" + (i + 1) + "]");
        }
        xml.writeEndElement();
    }

    private void event(Event event, String where) throws XMLStreamException {
        try {
            xml.writeStartElement(WireNames.check(WireNames.Owner.EVENT_TYPE, event.type().value(), where));
            linkAttributes(event.link());
            if (event.status().isPresent()) {
                xml.writeAttribute(XmlEventReader.STATUS, event.status().get());
            }
            attributes(event.unknownMembers(), WireNames.Owner.EVENT, where);
            if (event.in().isPresent()) {
                xml.writeEmptyElement(XmlEventReader.IN);
                linkAttributes(event.in().get());
            }
        } catch (XMLStreamException e) {
            throw failed(e, where);
        }
        if (event.resource().isPresent()) {
            codec.writeResource(event.resource().get(), XmlResourceWriter.root(xml));
        }
        if (event.reason().isPresent()) {
            try {
                ErrorXml.write(xml, event.reason().get(), false);
            } catch (XMLStreamException e) {
                throw failed(e, where + "/reason");
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
    private void attributes(Map<String, PropertyValue> members, WireNames.Owner owner, String where)
            throws XMLStreamException {
        for (Map.Entry<String, PropertyValue> member : members.entrySet()) {
            String name = WireNames.check(owner, member.getKey(), where + "/@" + member.getKey());
            String text = XmlScalars.text(member.getValue());
            if (text != null) {
                xml.writeAttribute(name, text);
            }
        }
    }

    /** A value the XML writer refused (a character XML cannot carry), located by the element that holds it. */
    private static UcwaPayloadException failed(XMLStreamException e, String where) {
        return new UcwaPayloadException(Kind.INVALID_VALUE, "cannot write XML: " + e.getMessage(), where, e);
    }
}
