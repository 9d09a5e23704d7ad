package io.github.ucwakit.benchmarks.xml;

import static io.github.ucwakit.benchmarks.xml.StaxSupport.attribute;
import static io.github.ucwakit.benchmarks.xml.StaxSupport.drain;
import static io.github.ucwakit.benchmarks.xml.StaxSupport.readHref;
import static io.github.ucwakit.benchmarks.xml.StaxSupport.readItems;
import static io.github.ucwakit.benchmarks.xml.StaxSupport.require;
import static io.github.ucwakit.benchmarks.xml.StaxSupport.skipElement;
import static io.github.ucwakit.benchmarks.xml.StaxSupport.writeLink;
import static io.github.ucwakit.benchmarks.xml.StaxSupport.writeProperty;
import static io.github.ucwakit.benchmarks.xml.StaxSupport.writePropertyList;

import io.github.ucwakit.benchmarks.handwritten.CommunicationLinks;
import io.github.ucwakit.benchmarks.handwritten.CommunicationRecord;
import io.github.ucwakit.benchmarks.handwritten.EventEmbedded;
import io.github.ucwakit.benchmarks.handwritten.EventRecord;
import io.github.ucwakit.benchmarks.handwritten.EventsLinks;
import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import io.github.ucwakit.benchmarks.handwritten.Href;
import io.github.ucwakit.benchmarks.handwritten.LinkRef;
import io.github.ucwakit.benchmarks.handwritten.SenderRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Baseline (b): a hand-written StAX reader and writer of an event-channel response ({@code <events>}, whose
 * {@code <sender>} blocks hold one element per event named after its type, which may embed a {@code <resource>}).
 * Factories made once, a write buffer reused: keep an instance per thread.
 */
public final class StaxEventsCodec {

    private final XMLInputFactory input = XmlFactories.secureInput();
    private final XMLOutputFactory output = XmlFactories.output();
    private final DocumentBuffer buffer = new DocumentBuffer();

    public EventsRecord read(byte[] xml) throws XMLStreamException {
        XMLStreamReader reader = input.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            reader.nextTag();
            require(reader, "events");
            String selfHref = attribute(reader, "href");
            Href self = selfHref == null ? null : new Href(selfHref, null);
            Href next = null;
            List<SenderRecord> senders = new ArrayList<>();
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "link" -> {
                        boolean isNext = "next".equals(attribute(reader, "rel"));
                        Href href = readHref(reader);
                        if (isNext) {
                            next = href;
                        }
                    }
                    case "sender" -> senders.add(readSender(reader));
                    default -> skipElement(reader);
                }
            }
            drain(reader);
            return new EventsRecord(new EventsLinks(self, next), senders);
        } finally {
            reader.close();
        }
    }

    private static SenderRecord readSender(XMLStreamReader reader) throws XMLStreamException {
        String rel = attribute(reader, "rel");
        String href = attribute(reader, "href");
        List<EventRecord> events = new ArrayList<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String type = reader.getLocalName();
            LinkRef link = new LinkRef(attribute(reader, "rel"), attribute(reader, "href"), attribute(reader, "title"));
            EventEmbedded embedded = null;
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (reader.getLocalName().equals("resource") && "communication".equals(attribute(reader, "rel"))) {
                    embedded = new EventEmbedded(readCommunication(reader));
                } else {
                    skipElement(reader);
                }
            }
            events.add(new EventRecord(link, embedded, type));
        }
        return new SenderRecord(rel, href, events);
    }

    private static CommunicationRecord readCommunication(XMLStreamReader reader) throws XMLStreamException {
        String rel = attribute(reader, "rel");
        String selfHref = attribute(reader, "href");
        Href self = selfHref == null ? null : new Href(selfHref, null);
        List<String> supportedModalities = null;
        List<String> supportedMessageFormats = null;
        String etag = null;
        Href conversations = null;
        Href startMessaging = null;
        Href startOnlineMeeting = null;
        Href joinOnlineMeeting = null;
        Map<String, String> otherProperties = new LinkedHashMap<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (reader.getLocalName()) {
                case "link" -> {
                    String linkRel = attribute(reader, "rel");
                    Href href = readHref(reader);
                    switch (linkRel) {
                        case "conversations" -> conversations = href;
                        case "startMessaging" -> startMessaging = href;
                        case "startOnlineMeeting" -> startOnlineMeeting = href;
                        case "joinOnlineMeeting" -> joinOnlineMeeting = href;
                        default -> { }
                    }
                }
                case "property" -> {
                    String name = attribute(reader, "name");
                    String text = reader.getElementText();
                    if (name.equals("etag")) {
                        etag = text;
                    } else if (!name.equals("rel")) {
                        otherProperties.put(name, text);
                    }
                }
                case "propertyList" -> {
                    String name = attribute(reader, "name");
                    List<String> items = readItems(reader);
                    switch (name) {
                        case "supportedModalities" -> supportedModalities = items;
                        case "supportedMessageFormats" -> supportedMessageFormats = items;
                        default -> { }
                    }
                }
                default -> skipElement(reader);
            }
        }
        return new CommunicationRecord(rel, supportedModalities, supportedMessageFormats, etag,
                new CommunicationLinks(self, conversations, startMessaging, startOnlineMeeting, joinOnlineMeeting),
                otherProperties);
    }

    /**
     * Writes the document into this codec's {@link DocumentBuffer}, then to {@code out} in one call (see the buffer
     * for why).
     */
    public void write(EventsRecord events, OutputStream out) throws XMLStreamException, IOException {
        buffer.reset();
        writeDocument(events, output.createXMLStreamWriter(buffer, "UTF-8"));
        buffer.writeTo(out);
    }

    /** Writes the document to a StAX writer, from the XML declaration to its end, and closes the writer. */
    public void writeDocument(EventsRecord events, XMLStreamWriter writer) throws XMLStreamException {
        writer.writeStartDocument("UTF-8", "1.0");
        writer.writeStartElement("events");
        writer.writeDefaultNamespace(XmlFactories.NAMESPACE);
        EventsLinks links = events.links();
        if (links != null && links.self() != null) {
            writer.writeAttribute("href", links.self().href());
        }
        if (links != null) {
            writeLink(writer, "next", links.next());
        }
        if (events.sender() != null) {
            for (SenderRecord sender : events.sender()) {
                writeSender(writer, sender);
            }
        }
        writer.writeEndElement();
        writer.writeEndDocument();
        writer.flush();
        writer.close();
    }

    private static void writeSender(XMLStreamWriter writer, SenderRecord sender) throws XMLStreamException {
        writer.writeStartElement("sender");
        writer.writeAttribute("rel", sender.rel());
        writer.writeAttribute("href", sender.href());
        if (sender.events() != null) {
            for (EventRecord event : sender.events()) {
                CommunicationRecord communication =
                        event.embedded() == null ? null : event.embedded().communication();
                if (communication == null) {
                    writer.writeEmptyElement(event.type());
                } else {
                    writer.writeStartElement(event.type());
                }
                LinkRef link = event.link();
                writer.writeAttribute("rel", link.rel());
                writer.writeAttribute("href", link.href());
                if (link.title() != null) {
                    writer.writeAttribute("title", link.title());
                }
                if (communication != null) {
                    writeCommunication(writer, communication);
                    writer.writeEndElement();
                }
            }
        }
        writer.writeEndElement();
    }

    private static void writeCommunication(XMLStreamWriter writer, CommunicationRecord communication)
            throws XMLStreamException {
        writer.writeStartElement("resource");
        writer.writeAttribute("rel", communication.rel());
        CommunicationLinks links = communication.links();
        if (links != null && links.self() != null) {
            writer.writeAttribute("href", links.self().href());
        }
        if (links != null) {
            writeLink(writer, "conversations", links.conversations());
            writeLink(writer, "startMessaging", links.startMessaging());
            writeLink(writer, "startOnlineMeeting", links.startOnlineMeeting());
            writeLink(writer, "joinOnlineMeeting", links.joinOnlineMeeting());
        }
        if (communication.otherProperties() != null) {
            for (Map.Entry<String, String> property : communication.otherProperties().entrySet()) {
                writeProperty(writer, property.getKey(), property.getValue());
            }
        }
        writePropertyList(writer, "supportedModalities", communication.supportedModalities());
        writePropertyList(writer, "supportedMessageFormats", communication.supportedMessageFormats());
        writeProperty(writer, "etag", communication.etag());
        writer.writeEndElement();
    }
}
