package io.github.ucwakit.benchmarks;

import io.github.ucwakit.benchmarks.handwritten.CommunicationLinks;
import io.github.ucwakit.benchmarks.handwritten.CommunicationRecord;
import io.github.ucwakit.benchmarks.handwritten.ConversationLinks;
import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.handwritten.EventRecord;
import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import io.github.ucwakit.benchmarks.handwritten.Href;
import io.github.ucwakit.benchmarks.handwritten.SenderRecord;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaEnum;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.events.EventSender;
import io.github.ucwakit.sample.Communication;
import io.github.ucwakit.sample.Conversation;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
     * Reads the event-channel JSON through the typed event-channel path (the embedded {@code communication} by its
     * generated binding), checks its values against the baselines' record and that writing it back keeps
     * everything.
     */
    public static EventChannelResponse eventsJson(EventChannelCodec codec, byte[] json, EventsRecord expected) {
        return events(codec, json, PayloadFormat.JSON, expected);
    }

    /** The same for the event-channel XML. */
    public static EventChannelResponse eventsXml(EventChannelCodec codec, byte[] xml, EventsRecord expected) {
        return events(codec, xml, PayloadFormat.XML, expected);
    }

    private static EventChannelResponse events(EventChannelCodec codec, byte[] payload, PayloadFormat format,
            EventsRecord expected) {
        EventChannelResponse events = codec.read(payload, format);
        String what = " of events " + format;
        SamePayload.requireEqual("event-channel codec's values" + what, values(expected), values(events));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(events, format, out);
        if (format == PayloadFormat.JSON) {
            SamePayload.requireJson("event-channel codec's write" + what, payload, out.toByteArray());
        } else {
            SamePayload.requireXml("event-channel codec's write" + what, payload, out.toByteArray());
        }
        return events;
    }

    /** The values of a hand-written events record: links, then per sender and event its rels, hrefs and type. */
    static List<Object> values(EventsRecord record) {
        List<Object> values = new ArrayList<>();
        values.add(href(record.links().self()));
        values.add(href(record.links().next()));
        for (SenderRecord sender : record.sender()) {
            values.add(List.of(sender.rel(), sender.href()));
            for (EventRecord event : sender.events()) {
                values.add(Arrays.asList(event.type(), event.link().rel(), event.link().href()));
                CommunicationRecord communication = event.embedded() == null ? null
                        : event.embedded().communication();
                if (communication != null) {
                    CommunicationLinks links = communication.links();
                    values.add(Arrays.asList(communication.supportedModalities(),
                            communication.supportedMessageFormats(), href(links.self()),
                            href(links.conversations()), href(links.startMessaging()),
                            href(links.startOnlineMeeting()), href(links.joinOnlineMeeting())));
                }
            }
        }
        return values;
    }

    /** The same values of an {@link EventChannelResponse}, the embedded resource as a generated class. */
    static List<Object> values(EventChannelResponse response) {
        List<Object> values = new ArrayList<>();
        values.add(href(response.self()));
        values.add(href(response.next()));
        for (EventSender sender : response.senders()) {
            values.add(List.of(sender.rel(), sender.href().orElse(null)));
            for (Event event : sender.events()) {
                values.add(Arrays.asList(event.type().value(), event.link().rel(), event.link().href()));
                Optional<Communication> embedded = event.resource(Communication.class);
                if (embedded.isPresent()) {
                    Communication communication = embedded.get();
                    values.add(Arrays.asList(wire(communication.supportedModalities()),
                            wire(communication.supportedMessageFormats()), href(communication.self()),
                            href(communication.conversationsLink()), href(communication.startMessagingLink()),
                            href(communication.startOnlineMeetingLink()),
                            href(communication.joinOnlineMeetingLink())));
                }
            }
        }
        return values;
    }

    private static List<String> wire(List<? extends UcwaEnum> values) {
        return values.stream().map(UcwaEnum::value).toList();
    }
}
