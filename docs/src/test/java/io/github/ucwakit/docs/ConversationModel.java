package io.github.ucwakit.docs;

import static io.github.ucwakit.docs.Models.AT;
import static io.github.ucwakit.docs.Models.enumRef;
import static io.github.ucwakit.docs.Models.enumeration;
import static io.github.ucwakit.docs.Models.error;
import static io.github.ucwakit.docs.Models.link;
import static io.github.ucwakit.docs.Models.listOf;
import static io.github.ucwakit.docs.Models.property;
import static io.github.ucwakit.docs.Models.scalar;
import static io.github.ucwakit.docs.Models.scope;
import static io.github.ucwakit.docs.Models.string;

import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Event;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.Type;
import java.util.List;

/** The conversation resource and its enumerations, built in code after the seed reference page. */
final class ConversationModel {

    private ConversationModel() {}

    static ApiModel model() {
        return new ApiModel(
                List.of(conversation()),
                List.of(
                        enumeration("AudienceMessaging", "Whether audience messaging is on.", "Disabled", "Enabled",
                                "Unknown"),
                        enumeration("AudienceMuteLock", "The audience mute lock.", "Disabled", "Enabled", "Unknown"),
                        enumeration("ConversationModalityType", "A modality of a conversation.",
                                "ApplicationSharing", "Audio", "DataCollaboration", "Messaging", "PanoramicVideo",
                                "Video"),
                        enumeration("ConversationState", "Represents the state of a conversation instance.",
                                "Conferenced", "Conferencing", "Connected", "Connecting", "Disconnected",
                                "Disconnecting", "Incoming", "InLobby"),
                        enumeration("Importance", "The importance of a conversation.", "Emergency", "Normal",
                                "Urgent")));
    }

    private static Resource conversation() {
        return new Resource(
                AT,
                "conversation.yaml",
                "conversation",
                "Represents the local participants perspective on a multi-modal, multi-party communication.\n"
                        + "A dashboard of the current capabilities of the communication.",
                List.of(
                        property("activeModalities", listOf(enumRef("ConversationModalityType")),
                                "The active media in the conversation."),
                        property("audienceMessaging", enumRef("AudienceMessaging"),
                                "Whether the audience messaging modality is enabled/disabled."),
                        property("audienceMute", enumRef("AudienceMuteLock"),
                                "The audio mute status of the local participant."),
                        property("created", scalar(Type.Kind.DATE), "Creation time stamp in UTC."),
                        property("expirationTime", scalar(Type.Kind.DATE), "The expiry time of the conversation."),
                        property("importance", enumRef("Importance"), "The importance of the conversation."),
                        property("participantCount", scalar(Type.Kind.INT),
                                "The number of participants in the conversation."),
                        property("readLocally", scalar(Type.Kind.BOOLEAN), "Whether the conversation was read locally."),
                        property("recording", scalar(Type.Kind.BOOLEAN), "Whether the conversation is being recorded."),
                        property("state", enumRef("ConversationState"), "The state of the conversation."),
                        property("subject", string(), "The subject of the conversation."),
                        property("threadId", string(), "The thread ID of the conversation.")),
                List.of(
                        link("self", "The link to the current resource."),
                        link("addParticipant", "Invites a contact to participate in a multiparty conversation."),
                        link("audioVideo", "Represents the audio/video modality in the corresponding conversation."),
                        link("localParticipant", "Represents the user as a local participant."),
                        link("messaging", "Represents the instant messaging modality in a conversation."),
                        link("onlineMeeting", "Represents a read-only version of the onlineMeeting."),
                        link("participants", "A collection of participant resources.")),
                List.of(),
                List.of(
                        new Event(AT, "added", "High", "communication",
                                "Delivered when a new conversation resource is added."),
                        new Event(AT, "updated", "High", "communication",
                                "Delivered when the conversation resource is updated."),
                        new Event(AT, "deleted", "High", "communication",
                                "Delivered when the conversation resource is deleted.")),
                List.of(
                        new Operation(AT, "GET",
                                "Returns a representation of the local participant's perspective.",
                                List.of(), "conversation", 200,
                                List.of(
                                        error("ServiceFailure", 500, "InvalidExchangeServerVersion",
                                                "Invalid exchange server version."),
                                        error("Conflict", 409, "AlreadyExists", "The already exists error."),
                                        error("Conflict", 409, "TooManyGroups", "The too many groups error."),
                                        error("Conflict", 409, "None", "Un-supported Service/Resource/API error."),
                                        error("Gone", 410, "CannotRedirect",
                                                "Cannot redirect since there is no back up pool configured."))),
                        new Operation(AT, "DELETE",
                                "Removes the user from the communication, which ends the conversation.",
                                List.of(), null, 204,
                                List.of(error("Gone", 410, "CannotRedirect",
                                        "Cannot redirect since there is no back up pool configured.")))),
                List.of(scope("Conversations.Receive", "Receive conversation invites",
                        "Allows the app to receive instant messages, audio, video, and desktop sharing invitations")));
    }
}
