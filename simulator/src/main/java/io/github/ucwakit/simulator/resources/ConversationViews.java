package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.AudienceMessaging;
import io.github.ucwakit.api.AudienceMuteLock;
import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationModalityType;
import io.github.ucwakit.api.ConversationState;
import io.github.ucwakit.api.Conversations;
import io.github.ucwakit.api.Importance;
import io.github.ucwakit.api.MessageFormat;
import io.github.ucwakit.api.Messaging;
import io.github.ucwakit.api.Participant;
import io.github.ucwakit.api.Participants;
import io.github.ucwakit.api.Role;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.Person;
import io.github.ucwakit.simulator.world.SimApplication;
import io.github.ucwakit.simulator.world.SimConversation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The representations of conversations, a conversation, its participants and its messaging modality, shaped like the
 * reference's samples.
 */
final class ConversationViews {

    private ConversationViews() {}

    static Conversations conversations(SimApplication app) {
        Conversations.Builder builder = Conversations.builder().self(Link.of("self", app.hrefs().conversations()));
        for (SimConversation conversation : app.conversations()) {
            builder.addConversationLink(Link.of("conversation", app.hrefs().conversation(conversation.id())));
        }
        return builder.build();
    }

    static Conversation conversation(SimApplication app, SimConversation conversation, Person me) {
        Hrefs h = app.hrefs();
        String id = conversation.id();
        boolean connected = conversation.state().equals("Connected");
        return Conversation.builder()
                .self(Link.of("self", h.conversation(id)))
                .activeModalities(connected ? List.of(ConversationModalityType.MESSAGING) : List.of())
                .audienceMessaging(AudienceMessaging.ENABLED)
                .audienceMute(AudienceMuteLock.DISABLED)
                .created(time(conversation.created()))
                .expirationTime(time(conversation.created().plus(Duration.ofHours(8))))
                .importance(Importance.of(conversation.importance()))
                .participantCount(conversation.remoteParticipants().size() + 1)
                .readLocally(true)
                .recording(false)
                .state(ConversationState.of(conversation.state()))
                .subject(conversation.subject())
                .threadId(conversation.threadId())
                .addParticipantLink(Link.of("addParticipant", h.conversationPart(id, "addParticipant")))
                .applicationSharingLink(Link.of("applicationSharing", h.conversationPart(id, "applicationSharing")))
                .attendeesLink(Link.of("attendees", h.conversationPart(id, "attendees")))
                .audioVideoLink(Link.of("audioVideo", h.conversationPart(id, "audioVideo")))
                .dataCollaborationLink(Link.of("dataCollaboration", h.conversationPart(id, "dataCollaboration")))
                .disableAudienceMessagingLink(Link.of("disableAudienceMessaging",
                        h.conversationPart(id, "disableAudienceMessaging")))
                .disableAudienceMuteLockLink(Link.of("disableAudienceMuteLock",
                        h.conversationPart(id, "disableAudienceMuteLock")))
                .enableAudienceMessagingLink(Link.of("enableAudienceMessaging",
                        h.conversationPart(id, "enableAudienceMessaging")))
                .enableAudienceMuteLockLink(Link.of("enableAudienceMuteLock",
                        h.conversationPart(id, "enableAudienceMuteLock")))
                .leadersLink(Link.of("leaders", h.conversationPart(id, "leaders")))
                .lobbyLink(Link.of("lobby", h.conversationPart(id, "lobby")))
                .localParticipantLink(Link.of("localParticipant", h.participant(id, me.id()), me.name()))
                .messagingLink(Link.of("messaging", h.messaging(id)))
                .onlineMeetingLink(Link.of("onlineMeeting", h.conversationPart(id, "onlineMeeting")))
                .participantsLink(Link.of("participants", h.conversationPart(id, "participants")))
                .phoneAudioLink(Link.of("phoneAudio", h.conversationPart(id, "phoneAudio")))
                .userAcknowledgedLink(Link.of("userAcknowledged", h.conversationPart(id, "userAcknowledged")))
                .build();
    }

    static Participants participants(SimApplication app, SimConversation conversation) {
        Participants.Builder builder = Participants.builder()
                .self(Link.of("self", app.hrefs().conversationPart(conversation.id(), "participants")));
        for (Person person : conversation.remoteParticipants()) {
            builder.addParticipantLink(Link.of("participant", app.hrefs().participant(conversation.id(),
                    person.id()), person.name()));
        }
        return builder.build();
    }

    static Participant participant(SimApplication app, SimConversation conversation, Person person, boolean local) {
        Hrefs h = app.hrefs();
        String self = h.participant(conversation.id(), person.id());
        return Participant.builder()
                .self(Link.of("self", self))
                .anonymous(false)
                .inLobby(false)
                .local(local)
                .name(person.name())
                .organizer(local)
                .otherPhoneNumber(person.workPhone().replace("0555", "0558"))
                .role(local ? Role.LEADER : Role.ATTENDEE)
                .sourceNetwork("SameEnterprise")
                .uri(person.uri())
                .workPhoneNumber(person.workPhone())
                .admitLink(Link.of("admit", self + "/admit"))
                .contactLink(Link.of("contact", h.contact(person.id())))
                .contactPhotoLink(Link.of("contactPhoto", h.photo(person.id())))
                .contactPresenceLink(Link.of("contactPresence", h.contactPart(person.id(), "presence")))
                .conversationLink(Link.of("conversation", h.conversation(conversation.id())))
                .demoteLink(Link.of("demote", self + "/demote"))
                .ejectLink(Link.of("eject", self + "/eject"))
                .meLink(Link.of("me", h.me()))
                .participantApplicationSharingLink(Link.of("participantApplicationSharing",
                        self + "/applicationSharing"))
                .participantAudioLink(Link.of("participantAudio", self + "/audio"))
                .participantDataCollaborationLink(Link.of("participantDataCollaboration", self + "/dataCollaboration"))
                .participantMessagingLink(Link.of("participantMessaging", self + "/messaging"))
                .participantPanoramicVideoLink(Link.of("participantPanoramicVideo", self + "/panoramicVideo"))
                .participantVideoLink(Link.of("participantVideo", self + "/video"))
                .promoteLink(Link.of("promote", self + "/promote"))
                .rejectLink(Link.of("reject", self + "/reject"))
                .build();
    }

    static Messaging messaging(SimApplication app, SimConversation conversation) {
        Hrefs h = app.hrefs();
        String id = conversation.id();
        String messaging = h.messaging(id);
        return Messaging.builder()
                .self(Link.of("self", messaging))
                .negotiatedMessageFormats(List.of(MessageFormat.PLAIN, MessageFormat.HTML))
                .state(conversation.messagingState())
                .addMessagingLink(Link.of("addMessaging", messaging + "/addMessaging"))
                .conversationLink(Link.of("conversation", h.conversation(id)))
                .sendMessageLink(Link.of("sendMessage", messaging + "/messages"))
                .setIsTypingLink(Link.of("setIsTyping", messaging + "/typing"))
                .stopMessagingLink(Link.of("stopMessaging", messaging + "/terminate"))
                .typingParticipantsLink(Link.of("typingParticipants", messaging + "/typingParticipants"))
                .build();
    }

    static UcwaDateTime time(Instant instant) {
        return UcwaDateTime.of(instant.atOffset(ZoneOffset.UTC));
    }
}
