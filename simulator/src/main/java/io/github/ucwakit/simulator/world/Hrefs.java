package io.github.ucwakit.simulator.world;

import java.util.Objects;

/**
 * The hrefs of one application's resources, relative to the server as UCWA gives them
 * ({@code /ucwa/oauth/v1/applications/105/communication}). The route patterns use the same shapes
 * ({@link #PREFIX}).
 */
public final class Hrefs {

    /** Where the applications live. */
    public static final String APPLICATIONS = "/ucwa/oauth/v1/applications";
    /** The pattern of an application's href, capturing {@code {app}}. */
    public static final String PREFIX = APPLICATIONS + "/{app}";

    private final String base;

    public Hrefs(String applicationId) {
        this.base = APPLICATIONS + "/" + Objects.requireNonNull(applicationId, "applicationId");
    }

    public String application() {
        return base;
    }

    public String at(String path) {
        return base + "/" + path;
    }

    public String me() {
        return at("me");
    }

    public String people() {
        return at("people");
    }

    public String contact(String personId) {
        return at("people/" + personId);
    }

    public String contactPart(String personId, String part) {
        return contact(personId) + "/" + part;
    }

    public String photo(String personId) {
        return at("photos/" + personId);
    }

    public String communication() {
        return at("communication");
    }

    public String conversations() {
        return at("communication/conversations");
    }

    public String startMessaging() {
        return at("communication/messagingInvitations");
    }

    public String messagingInvitation(String invitationId) {
        return startMessaging() + "/" + invitationId;
    }

    public String participantInvitation(String invitationId) {
        return at("communication/participantInvitations/" + invitationId);
    }

    public String conversation(String conversationId) {
        return conversations() + "/" + conversationId;
    }

    public String conversationPart(String conversationId, String part) {
        return conversation(conversationId) + "/" + part;
    }

    public String participant(String conversationId, String personId) {
        return conversationPart(conversationId, "participants/" + personId);
    }

    public String messaging(String conversationId) {
        return conversationPart(conversationId, "messaging");
    }

    public String message(String conversationId, int number) {
        return messaging(conversationId) + "/messages/" + number;
    }

    public String events(long ack) {
        return at("events?ack=" + ack);
    }

    public String batch() {
        return at("batch");
    }
}
