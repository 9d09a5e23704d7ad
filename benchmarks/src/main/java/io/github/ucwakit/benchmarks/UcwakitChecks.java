package io.github.ucwakit.benchmarks;

import io.github.ucwakit.benchmarks.handwritten.ConversationLinks;
import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.handwritten.Href;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaCodec;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaEnum;
import io.github.ucwakit.sample.Conversation;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Proves at setup that ucwakit reads and writes the whole payload, as {@link BaselineChecks} does for the
 * baselines: what it writes from what it read must carry the payload's whole content, and the typed values it
 * reads must be the ones the baselines read.
 */
public final class UcwakitChecks {

    private UcwakitChecks() {}

    /** Reads the conversation JSON with the generated binding and checks it against the baselines' record. */
    public static Conversation conversationJson(UcwaCodec codec, byte[] json, ConversationRecord expected) {
        Conversation conversation = codec.read(json, PayloadFormat.JSON, Conversation.class);
        SamePayload.requireEqual("generated binding's values of conversation JSON", values(expected),
                values(conversation));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(conversation, PayloadFormat.JSON, out);
        SamePayload.requireJson("generated binding's write of conversation JSON", json, out.toByteArray());
        return conversation;
    }

    /** Reads the conversation XML with the generated binding and checks it against the baselines' record. */
    public static Conversation conversationXml(UcwaCodec codec, byte[] xml, ConversationRecord expected) {
        Conversation conversation = codec.read(xml, PayloadFormat.XML, Conversation.class);
        SamePayload.requireEqual("generated binding's values of conversation XML", values(expected),
                values(conversation));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(conversation, PayloadFormat.XML, out);
        SamePayload.requireXml("generated binding's write of conversation XML", xml, out.toByteArray());
        return conversation;
    }

    /** The typed values of a hand-written record, in a fixed order, dates as instants, links as hrefs. */
    static List<Object> values(ConversationRecord record) {
        ConversationLinks links = record.links();
        return Arrays.asList(record.activeModalities(), record.audienceMessaging(), record.audienceMute(),
                instant(record.created()), instant(record.expirationTime()), record.importance(),
                record.participantCount(), record.readLocally(), record.recording(), record.state(),
                record.subject(), record.threadId(),
                href(links.self()), href(links.addParticipant()), href(links.applicationSharing()),
                href(links.attendees()), href(links.audioVideo()), href(links.dataCollaboration()),
                href(links.disableAudienceMessaging()), href(links.disableAudienceMuteLock()),
                href(links.enableAudienceMessaging()), href(links.enableAudienceMuteLock()), href(links.leaders()),
                href(links.lobby()), href(links.localParticipant()), href(links.messaging()),
                href(links.onlineMeeting()), href(links.participants()), href(links.phoneAudio()),
                href(links.userAcknowledged()));
    }

    /** The same values of a generated {@link Conversation}. */
    static List<Object> values(Conversation conversation) {
        return Arrays.asList(conversation.activeModalities().stream().map(UcwaEnum::value).toList(),
                wire(conversation.audienceMessaging()), wire(conversation.audienceMute()),
                instant(conversation.created()), instant(conversation.expirationTime()),
                wire(conversation.importance()), conversation.participantCount(), conversation.readLocally(),
                conversation.recording(), wire(conversation.state()), conversation.subject(),
                conversation.threadId(),
                href(conversation.self()), href(conversation.addParticipantLink()),
                href(conversation.applicationSharingLink()), href(conversation.attendeesLink()),
                href(conversation.audioVideoLink()), href(conversation.dataCollaborationLink()),
                href(conversation.disableAudienceMessagingLink()), href(conversation.disableAudienceMuteLockLink()),
                href(conversation.enableAudienceMessagingLink()), href(conversation.enableAudienceMuteLockLink()),
                href(conversation.leadersLink()), href(conversation.lobbyLink()),
                href(conversation.localParticipantLink()), href(conversation.messagingLink()),
                href(conversation.onlineMeetingLink()), href(conversation.participantsLink()),
                href(conversation.phoneAudioLink()), href(conversation.userAcknowledgedLink()));
    }

    private static Object instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static Object instant(UcwaDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static String wire(UcwaEnum value) {
        return value == null ? null : value.value();
    }

    private static String href(Href href) {
        return href == null ? null : href.href();
    }

    private static String href(Optional<Link> link) {
        return link.map(Link::href).orElse(null);
    }

    /**
     * Reads the event-channel JSON as a {@link GenericResource} (no binding describes the event channel) and
     * checks that writing it back keeps everything.
     */
    public static GenericResource eventsJson(UcwaCodec codec, byte[] json) {
        GenericResource events = codec.read(json, PayloadFormat.JSON, GenericResource.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(events, PayloadFormat.JSON, out);
        SamePayload.requireJson("ucwakit GenericResource read and write of events JSON", json, out.toByteArray());
        return events;
    }
}
