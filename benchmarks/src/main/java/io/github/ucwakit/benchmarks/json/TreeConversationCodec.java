package io.github.ucwakit.benchmarks.json;

import static io.github.ucwakit.benchmarks.json.TreeSupport.bool;
import static io.github.ucwakit.benchmarks.json.TreeSupport.date;
import static io.github.ucwakit.benchmarks.json.TreeSupport.href;
import static io.github.ucwakit.benchmarks.json.TreeSupport.integer;
import static io.github.ucwakit.benchmarks.json.TreeSupport.put;
import static io.github.ucwakit.benchmarks.json.TreeSupport.strings;
import static io.github.ucwakit.benchmarks.json.TreeSupport.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.benchmarks.handwritten.ConversationLinks;
import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Baseline (c): {@code ObjectMapper.readTree} plus field access by hand for {@code conversation}; writing builds an
 * {@code ObjectNode} and serializes it.
 */
public final class TreeConversationCodec {

    private final ObjectMapper mapper = new ObjectMapper();

    public ConversationRecord read(byte[] json) throws IOException {
        JsonNode root = mapper.readTree(json);
        JsonNode links = root.path("_links");
        return new ConversationRecord(
                text(root, "rel"),
                strings(root, "activeModalities"),
                text(root, "audienceMessaging"),
                text(root, "audienceMute"),
                date(root, "created"),
                date(root, "expirationTime"),
                text(root, "importance"),
                integer(root, "participantCount"),
                bool(root, "readLocally"),
                bool(root, "recording"),
                text(root, "state"),
                text(root, "subject"),
                text(root, "threadId"),
                links.isMissingNode() ? null : new ConversationLinks(
                        href(links, "self"),
                        href(links, "addParticipant"),
                        href(links, "applicationSharing"),
                        href(links, "attendees"),
                        href(links, "audioVideo"),
                        href(links, "dataCollaboration"),
                        href(links, "disableAudienceMessaging"),
                        href(links, "disableAudienceMuteLock"),
                        href(links, "enableAudienceMessaging"),
                        href(links, "enableAudienceMuteLock"),
                        href(links, "leaders"),
                        href(links, "lobby"),
                        href(links, "localParticipant"),
                        href(links, "messaging"),
                        href(links, "onlineMeeting"),
                        href(links, "participants"),
                        href(links, "phoneAudio"),
                        href(links, "userAcknowledged")));
    }

    public void write(ConversationRecord conversation, OutputStream out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        put(root, "rel", conversation.rel());
        put(root, "activeModalities", conversation.activeModalities());
        put(root, "audienceMessaging", conversation.audienceMessaging());
        put(root, "audienceMute", conversation.audienceMute());
        put(root, "created", conversation.created());
        put(root, "expirationTime", conversation.expirationTime());
        put(root, "importance", conversation.importance());
        put(root, "participantCount", conversation.participantCount());
        put(root, "readLocally", conversation.readLocally());
        put(root, "recording", conversation.recording());
        put(root, "state", conversation.state());
        put(root, "subject", conversation.subject());
        put(root, "threadId", conversation.threadId());
        ConversationLinks links = conversation.links();
        if (links != null) {
            ObjectNode node = root.putObject("_links");
            put(node, "self", links.self());
            put(node, "addParticipant", links.addParticipant());
            put(node, "applicationSharing", links.applicationSharing());
            put(node, "attendees", links.attendees());
            put(node, "audioVideo", links.audioVideo());
            put(node, "dataCollaboration", links.dataCollaboration());
            put(node, "disableAudienceMessaging", links.disableAudienceMessaging());
            put(node, "disableAudienceMuteLock", links.disableAudienceMuteLock());
            put(node, "enableAudienceMessaging", links.enableAudienceMessaging());
            put(node, "enableAudienceMuteLock", links.enableAudienceMuteLock());
            put(node, "leaders", links.leaders());
            put(node, "lobby", links.lobby());
            put(node, "localParticipant", links.localParticipant());
            put(node, "messaging", links.messaging());
            put(node, "onlineMeeting", links.onlineMeeting());
            put(node, "participants", links.participants());
            put(node, "phoneAudio", links.phoneAudio());
            put(node, "userAcknowledged", links.userAcknowledged());
        }
        mapper.writeValue(out, root);
    }
}
