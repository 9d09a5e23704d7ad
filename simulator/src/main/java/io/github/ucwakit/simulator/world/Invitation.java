package io.github.ucwakit.simulator.world;

import java.util.Objects;

/**
 * An invitation an application sent (to start messaging with someone, or to add them to a conversation) or received.
 *
 * @param id the identifier in its href
 * @param kind {@link #MESSAGING}, {@link #INCOMING_MESSAGING} or {@link #PARTICIPANT}
 * @param conversationId the conversation it invites to
 * @param personId the person invited
 * @param operationId the operation identifier the application gave, or {@code null}
 */
public record Invitation(String id, String kind, String conversationId, String personId, String operationId) {

    /** A {@code messagingInvitation}, from {@code startMessaging}. */
    public static final String MESSAGING = "messagingInvitation";
    /** A {@code messagingInvitation} a contact sent the application. */
    public static final String INCOMING_MESSAGING = "incomingMessagingInvitation";
    /** A {@code participantInvitation}, from {@code addParticipant}. */
    public static final String PARTICIPANT = "participantInvitation";

    public Invitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(personId, "personId");
    }
}
