package io.github.ucwakit.runtime.events;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorXml;
import io.github.ucwakit.runtime.xml.XmlNames;
import io.github.ucwakit.runtime.xml.XmlResourceWriter;
import io.github.ucwakit.runtime.xml.XmlScalars;
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
        xml.writeStartElement(XmlEventReader.EVENTS);
        if (response.self().isPresent()) {
            xml.writeAttribute(XmlNames.HREF, response.self().get().href());
        }
        attributes(response.unknownMembers());
        xml.writeDefaultNamespace(XmlNames.NAMESPACE);
        for (Link link : response.links()) {
            xml.writeEmptyElement(XmlNames.LINK);
            linkAttributes(link);
        }
        for (EventSender sender : response.senders()) {
            xml.writeStartElement(XmlEventReader.SENDER);
            xml.writeAttribute(XmlNames.REL, sender.rel());
            if (sender.href().isPresent()) {
                xml.writeAttribute(XmlNames.HREF, sender.href().get());
            }
            if (sender.title().isPresent()) {
                xml.writeAttribute(XmlNames.TITLE, sender.title().get());
            }
            attributes(sender.unknownMembers());
            for (Event event : sender.events()) {
                event(event);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void event(Event event) throws XMLStreamException {
        xml.writeStartElement(event.type().value());
        linkAttributes(event.link());
        if (event.status().isPresent()) {
            xml.writeAttribute(XmlEventReader.STATUS, event.status().get());
        }
        attributes(event.unknownMembers());
        if (event.in().isPresent()) {
            xml.writeEmptyElement(XmlEventReader.IN);
            linkAttributes(event.in().get());
        }
        if (event.resource().isPresent()) {
            codec.writeResource(event.resource().get(), XmlResourceWriter.root(xml));
        }
        if (event.reason().isPresent()) {
            ErrorXml.write(xml, event.reason().get(), false);
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

    private void attributes(Map<String, PropertyValue> members) throws XMLStreamException {
        for (Map.Entry<String, PropertyValue> member : members.entrySet()) {
            String text = XmlScalars.text(member.getValue());
            if (text != null) {
                xml.writeAttribute(member.getKey(), text);
            }
        }
    }
}
