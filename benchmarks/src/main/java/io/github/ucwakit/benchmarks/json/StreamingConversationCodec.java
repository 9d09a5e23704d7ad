package io.github.ucwakit.benchmarks.json;

import static io.github.ucwakit.benchmarks.json.StreamingSupport.expect;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.readHref;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.readStrings;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.writeBoolean;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.writeDate;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.writeHref;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.writeInt;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.writeString;
import static io.github.ucwakit.benchmarks.json.StreamingSupport.writeStrings;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.benchmarks.handwritten.ConversationLinks;
import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.handwritten.Href;
import io.github.ucwakit.benchmarks.handwritten.MsDates;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.List;

/** Baseline (b): a hand-written Jackson streaming parser and writer of {@code conversation}, the practical limit. */
public final class StreamingConversationCodec {

    private final JsonFactory factory = new JsonFactory();

    public ConversationRecord read(byte[] json) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            parser.nextToken();
            expect(parser, JsonToken.START_OBJECT);
            String rel = null;
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
            ConversationLinks links = null;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                parser.nextToken();
                switch (name) {
                    case "rel" -> rel = parser.getText();
                    case "activeModalities" -> activeModalities = readStrings(parser);
                    case "audienceMessaging" -> audienceMessaging = parser.getText();
                    case "audienceMute" -> audienceMute = parser.getText();
                    case "created" -> created = MsDates.parse(parser.getText());
                    case "expirationTime" -> expirationTime = MsDates.parse(parser.getText());
                    case "importance" -> importance = parser.getText();
                    case "participantCount" -> participantCount = parser.getIntValue();
                    case "readLocally" -> readLocally = parser.getBooleanValue();
                    case "recording" -> recording = parser.getBooleanValue();
                    case "state" -> state = parser.getText();
                    case "subject" -> subject = parser.getText();
                    case "threadId" -> threadId = parser.getText();
                    case "_links" -> links = readLinks(parser);
                    default -> parser.skipChildren();
                }
            }
            return new ConversationRecord(rel, activeModalities, audienceMessaging, audienceMute, created,
                    expirationTime, importance, participantCount, readLocally, recording, state, subject, threadId,
                    links);
        }
    }

    private static ConversationLinks readLinks(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT);
        Href self = null;
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
        String rel;
        while ((rel = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (rel) {
                case "self" -> self = readHref(parser);
                case "addParticipant" -> addParticipant = readHref(parser);
                case "applicationSharing" -> applicationSharing = readHref(parser);
                case "attendees" -> attendees = readHref(parser);
                case "audioVideo" -> audioVideo = readHref(parser);
                case "dataCollaboration" -> dataCollaboration = readHref(parser);
                case "disableAudienceMessaging" -> disableAudienceMessaging = readHref(parser);
                case "disableAudienceMuteLock" -> disableAudienceMuteLock = readHref(parser);
                case "enableAudienceMessaging" -> enableAudienceMessaging = readHref(parser);
                case "enableAudienceMuteLock" -> enableAudienceMuteLock = readHref(parser);
                case "leaders" -> leaders = readHref(parser);
                case "lobby" -> lobby = readHref(parser);
                case "localParticipant" -> localParticipant = readHref(parser);
                case "messaging" -> messaging = readHref(parser);
                case "onlineMeeting" -> onlineMeeting = readHref(parser);
                case "participants" -> participants = readHref(parser);
                case "phoneAudio" -> phoneAudio = readHref(parser);
                case "userAcknowledged" -> userAcknowledged = readHref(parser);
                default -> parser.skipChildren();
            }
        }
        return new ConversationLinks(self, addParticipant, applicationSharing, attendees, audioVideo,
                dataCollaboration, disableAudienceMessaging, disableAudienceMuteLock, enableAudienceMessaging,
                enableAudienceMuteLock, leaders, lobby, localParticipant, messaging, onlineMeeting, participants,
                phoneAudio, userAcknowledged);
    }

    public void write(ConversationRecord conversation, OutputStream out) throws IOException {
        try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            writeString(generator, "rel", conversation.rel());
            writeStrings(generator, "activeModalities", conversation.activeModalities());
            writeString(generator, "audienceMessaging", conversation.audienceMessaging());
            writeString(generator, "audienceMute", conversation.audienceMute());
            writeDate(generator, "created", conversation.created());
            writeDate(generator, "expirationTime", conversation.expirationTime());
            writeString(generator, "importance", conversation.importance());
            writeInt(generator, "participantCount", conversation.participantCount());
            writeBoolean(generator, "readLocally", conversation.readLocally());
            writeBoolean(generator, "recording", conversation.recording());
            writeString(generator, "state", conversation.state());
            writeString(generator, "subject", conversation.subject());
            writeString(generator, "threadId", conversation.threadId());
            ConversationLinks links = conversation.links();
            if (links != null) {
                generator.writeObjectFieldStart("_links");
                writeHref(generator, "self", links.self());
                writeHref(generator, "addParticipant", links.addParticipant());
                writeHref(generator, "applicationSharing", links.applicationSharing());
                writeHref(generator, "attendees", links.attendees());
                writeHref(generator, "audioVideo", links.audioVideo());
                writeHref(generator, "dataCollaboration", links.dataCollaboration());
                writeHref(generator, "disableAudienceMessaging", links.disableAudienceMessaging());
                writeHref(generator, "disableAudienceMuteLock", links.disableAudienceMuteLock());
                writeHref(generator, "enableAudienceMessaging", links.enableAudienceMessaging());
                writeHref(generator, "enableAudienceMuteLock", links.enableAudienceMuteLock());
                writeHref(generator, "leaders", links.leaders());
                writeHref(generator, "lobby", links.lobby());
                writeHref(generator, "localParticipant", links.localParticipant());
                writeHref(generator, "messaging", links.messaging());
                writeHref(generator, "onlineMeeting", links.onlineMeeting());
                writeHref(generator, "participants", links.participants());
                writeHref(generator, "phoneAudio", links.phoneAudio());
                writeHref(generator, "userAcknowledged", links.userAcknowledged());
                generator.writeEndObject();
            }
            generator.writeEndObject();
        }
    }
}
