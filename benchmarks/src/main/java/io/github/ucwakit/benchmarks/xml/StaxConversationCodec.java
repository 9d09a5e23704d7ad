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

import io.github.ucwakit.benchmarks.handwritten.ConversationLinks;
import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.handwritten.Href;
import io.github.ucwakit.benchmarks.handwritten.XmlDates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Baseline (b): a hand-written StAX reader and writer of {@code conversation}, the practical limit. Factories made
 * once, a write buffer reused: keep an instance per thread.
 */
public final class StaxConversationCodec {

    private final XMLInputFactory input = XmlFactories.secureInput();
    private final XMLOutputFactory output = XmlFactories.output();
    private final DocumentBuffer buffer = new DocumentBuffer();

    public ConversationRecord read(byte[] xml) throws XMLStreamException {
        XMLStreamReader reader = input.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            reader.nextTag();
            require(reader, "resource");
            String rel = attribute(reader, "rel");
            String selfHref = attribute(reader, "href");
            Href self = selfHref == null ? null : new Href(selfHref, null);
            List<String> activeModalities = null;
            String audienceMessaging = null;
            String audienceMute = null;
            OffsetDateTime created = null;
            OffsetDateTime expirationTime = null;
            String importance = null;
            Integer participantCount = null;
            Boolean readLocally = null;
            Boolean recording = null;
            String state = null;
            String subject = null;
            String threadId = null;
            Href addParticipant = null;
            Href applicationSharing = null;
            Href attendees = null;
            Href audioVideo = null;
            Href dataCollaboration = null;
            Href disableAudienceMessaging = null;
            Href disableAudienceMuteLock = null;
            Href enableAudienceMessaging = null;
            Href enableAudienceMuteLock = null;
            Href leaders = null;
            Href lobby = null;
            Href localParticipant = null;
            Href messaging = null;
            Href onlineMeeting = null;
            Href participants = null;
            Href phoneAudio = null;
            Href userAcknowledged = null;
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "link" -> {
                        String linkRel = attribute(reader, "rel");
                        Href href = readHref(reader);
                        switch (linkRel) {
                            case "addParticipant" -> addParticipant = href;
                            case "applicationSharing" -> applicationSharing = href;
                            case "attendees" -> attendees = href;
                            case "audioVideo" -> audioVideo = href;
                            case "dataCollaboration" -> dataCollaboration = href;
                            case "disableAudienceMessaging" -> disableAudienceMessaging = href;
                            case "disableAudienceMuteLock" -> disableAudienceMuteLock = href;
                            case "enableAudienceMessaging" -> enableAudienceMessaging = href;
                            case "enableAudienceMuteLock" -> enableAudienceMuteLock = href;
                            case "leaders" -> leaders = href;
                            case "lobby" -> lobby = href;
                            case "localParticipant" -> localParticipant = href;
                            case "messaging" -> messaging = href;
                            case "onlineMeeting" -> onlineMeeting = href;
                            case "participants" -> participants = href;
                            case "phoneAudio" -> phoneAudio = href;
                            case "userAcknowledged" -> userAcknowledged = href;
                            default -> { }
                        }
                    }
                    case "property" -> {
                        String name = attribute(reader, "name");
                        String text = reader.getElementText();
                        switch (name) {
                            case "audienceMessaging" -> audienceMessaging = text;
                            case "audienceMute" -> audienceMute = text;
                            case "created" -> created = XmlDates.parse(text);
                            case "expirationTime" -> expirationTime = XmlDates.parse(text);
                            case "importance" -> importance = text;
                            case "participantCount" -> participantCount = Integer.valueOf(text);
                            case "readLocally" -> readLocally = Boolean.valueOf(text);
                            case "recording" -> recording = Boolean.valueOf(text);
                            case "state" -> state = text;
                            case "subject" -> subject = text;
                            case "threadId" -> threadId = text;
                            default -> { }
                        }
                    }
                    case "propertyList" -> {
                        String name = attribute(reader, "name");
                        List<String> items = readItems(reader);
                        if (name.equals("activeModalities")) {
                            activeModalities = items;
                        }
                    }
                    default -> skipElement(reader);
                }
            }
            drain(reader);
            return new ConversationRecord(rel, activeModalities, audienceMessaging, audienceMute, created,
                    expirationTime, importance, participantCount, readLocally, recording, state, subject, threadId,
                    new ConversationLinks(self, addParticipant, applicationSharing, attendees, audioVideo,
                            dataCollaboration, disableAudienceMessaging, disableAudienceMuteLock,
                            enableAudienceMessaging, enableAudienceMuteLock, leaders, lobby, localParticipant,
                            messaging, onlineMeeting, participants, phoneAudio, userAcknowledged));
        } finally {
            reader.close();
        }
    }

    /**
     * Writes the document into this codec's {@link DocumentBuffer}, then to {@code out} in one call (see the buffer
     * for why).
     */
    public void write(ConversationRecord conversation, OutputStream out) throws XMLStreamException, IOException {
        buffer.reset();
        writeDocument(conversation, output.createXMLStreamWriter(buffer, "UTF-8"));
        buffer.writeTo(out);
    }

    /** Writes the document to a StAX writer, from the XML declaration to its end, and closes the writer. */
    public void writeDocument(ConversationRecord conversation, XMLStreamWriter writer) throws XMLStreamException {
        writer.writeStartDocument("UTF-8", "1.0");
        writer.writeStartElement("resource");
        writer.writeDefaultNamespace(XmlFactories.NAMESPACE);
        writer.writeAttribute("rel", conversation.rel());
        ConversationLinks links = conversation.links();
        if (links != null && links.self() != null) {
            writer.writeAttribute("href", links.self().href());
        }
        if (links != null) {
            writeLink(writer, "addParticipant", links.addParticipant());
            writeLink(writer, "applicationSharing", links.applicationSharing());
            writeLink(writer, "attendees", links.attendees());
            writeLink(writer, "audioVideo", links.audioVideo());
            writeLink(writer, "dataCollaboration", links.dataCollaboration());
            writeLink(writer, "disableAudienceMessaging", links.disableAudienceMessaging());
            writeLink(writer, "disableAudienceMuteLock", links.disableAudienceMuteLock());
            writeLink(writer, "enableAudienceMessaging", links.enableAudienceMessaging());
            writeLink(writer, "enableAudienceMuteLock", links.enableAudienceMuteLock());
            writeLink(writer, "leaders", links.leaders());
            writeLink(writer, "lobby", links.lobby());
            writeLink(writer, "localParticipant", links.localParticipant());
            writeLink(writer, "messaging", links.messaging());
            writeLink(writer, "onlineMeeting", links.onlineMeeting());
            writeLink(writer, "participants", links.participants());
            writeLink(writer, "phoneAudio", links.phoneAudio());
            writeLink(writer, "userAcknowledged", links.userAcknowledged());
        }
        writeProperty(writer, "rel", conversation.rel());
        writePropertyList(writer, "activeModalities", conversation.activeModalities());
        writeProperty(writer, "audienceMessaging", conversation.audienceMessaging());
        writeProperty(writer, "audienceMute", conversation.audienceMute());
        writeDate(writer, "created", conversation.created());
        writeDate(writer, "expirationTime", conversation.expirationTime());
        writeProperty(writer, "importance", conversation.importance());
        if (conversation.participantCount() != null) {
            writeProperty(writer, "participantCount", conversation.participantCount().toString());
        }
        writeProperty(writer, "readLocally", conversation.readLocally());
        writeProperty(writer, "recording", conversation.recording());
        writeProperty(writer, "state", conversation.state());
        writeProperty(writer, "subject", conversation.subject());
        writeProperty(writer, "threadId", conversation.threadId());
        writer.writeEndElement();
        writer.writeEndDocument();
        writer.flush();
        writer.close();
    }

    private static void writeDate(XMLStreamWriter writer, String name, OffsetDateTime value)
            throws XMLStreamException {
        if (value != null) {
            writeProperty(writer, name, XmlDates.format(value));
        }
    }
}
