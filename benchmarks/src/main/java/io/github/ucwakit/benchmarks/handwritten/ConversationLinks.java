package io.github.ucwakit.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The links of a {@code conversation}, one component per rel. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationLinks(
        Href self,
        Href addParticipant,
        Href applicationSharing,
        Href attendees,
        Href audioVideo,
        Href dataCollaboration,
        Href disableAudienceMessaging,
        Href disableAudienceMuteLock,
        Href enableAudienceMessaging,
        Href enableAudienceMuteLock,
        Href leaders,
        Href lobby,
        Href localParticipant,
        Href messaging,
        Href onlineMeeting,
        Href participants,
        Href phoneAudio,
        Href userAcknowledged) {}
