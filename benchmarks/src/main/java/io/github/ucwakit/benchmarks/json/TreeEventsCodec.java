package io.github.ucwakit.benchmarks.json;

import static io.github.ucwakit.benchmarks.json.TreeSupport.href;
import static io.github.ucwakit.benchmarks.json.TreeSupport.linkRef;
import static io.github.ucwakit.benchmarks.json.TreeSupport.put;
import static io.github.ucwakit.benchmarks.json.TreeSupport.strings;
import static io.github.ucwakit.benchmarks.json.TreeSupport.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.benchmarks.handwritten.CommunicationLinks;
import io.github.ucwakit.benchmarks.handwritten.CommunicationRecord;
import io.github.ucwakit.benchmarks.handwritten.EventEmbedded;
import io.github.ucwakit.benchmarks.handwritten.EventRecord;
import io.github.ucwakit.benchmarks.handwritten.EventsLinks;
import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import io.github.ucwakit.benchmarks.handwritten.SenderRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Baseline (c): {@code ObjectMapper.readTree} plus field access by hand for an event-channel response. */
public final class TreeEventsCodec {

    private static final Set<String> COMMUNICATION_MEMBERS =
            Set.of("rel", "supportedModalities", "supportedMessageFormats", "etag", "_links");

    private final ObjectMapper mapper = new ObjectMapper();

    public EventsRecord read(byte[] json) throws IOException {
        JsonNode root = mapper.readTree(json);
        JsonNode links = root.get("_links");
        JsonNode senders = root.get("sender");
        return new EventsRecord(
                links == null ? null : new EventsLinks(href(links, "self"), href(links, "next")),
                senders == null ? null : senders(senders));
    }

    private static List<SenderRecord> senders(JsonNode array) {
        List<SenderRecord> senders = new ArrayList<>(array.size());
        for (JsonNode sender : array) {
            JsonNode events = sender.get("events");
            senders.add(new SenderRecord(text(sender, "rel"), text(sender, "href"),
                    events == null ? null : events(events)));
        }
        return senders;
    }

    private static List<EventRecord> events(JsonNode array) {
        List<EventRecord> events = new ArrayList<>(array.size());
        for (JsonNode event : array) {
            JsonNode embedded = event.get("_embedded");
            events.add(new EventRecord(linkRef(event, "link"),
                    embedded == null ? null : new EventEmbedded(communication(embedded.get("communication"))),
                    text(event, "type")));
        }
        return events;
    }

    private static CommunicationRecord communication(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode links = node.get("_links");
        Map<String, String> otherProperties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            if (!COMMUNICATION_MEMBERS.contains(member.getKey()) && member.getValue().isValueNode()) {
                otherProperties.put(member.getKey(), member.getValue().asText());
            }
        }
        return new CommunicationRecord(
                text(node, "rel"),
                strings(node, "supportedModalities"),
                strings(node, "supportedMessageFormats"),
                text(node, "etag"),
                links == null ? null : new CommunicationLinks(
                        href(links, "self"),
                        href(links, "conversations"),
                        href(links, "startMessaging"),
                        href(links, "startOnlineMeeting"),
                        href(links, "joinOnlineMeeting")),
                otherProperties);
    }

    public void write(EventsRecord events, OutputStream out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        if (events.links() != null) {
            ObjectNode links = root.putObject("_links");
            put(links, "self", events.links().self());
            put(links, "next", events.links().next());
        }
        if (events.sender() != null) {
            ArrayNode senders = root.putArray("sender");
            for (SenderRecord sender : events.sender()) {
                ObjectNode senderNode = senders.addObject();
                put(senderNode, "rel", sender.rel());
                put(senderNode, "href", sender.href());
                if (sender.events() != null) {
                    ArrayNode eventNodes = senderNode.putArray("events");
                    for (EventRecord event : sender.events()) {
                        ObjectNode eventNode = eventNodes.addObject();
                        put(eventNode, "link", event.link());
                        if (event.embedded() != null) {
                            ObjectNode embedded = eventNode.putObject("_embedded");
                            if (event.embedded().communication() != null) {
                                putCommunication(embedded.putObject("communication"),
                                        event.embedded().communication());
                            }
                        }
                        put(eventNode, "type", event.type());
                    }
                }
            }
        }
        mapper.writeValue(out, root);
    }

    private static void putCommunication(ObjectNode node, CommunicationRecord communication) {
        put(node, "rel", communication.rel());
        if (communication.otherProperties() != null) {
            communication.otherProperties().forEach(node::put);
        }
        put(node, "supportedModalities", communication.supportedModalities());
        put(node, "supportedMessageFormats", communication.supportedMessageFormats());
        put(node, "etag", communication.etag());
        CommunicationLinks links = communication.links();
        if (links != null) {
            ObjectNode linksNode = node.putObject("_links");
            put(linksNode, "self", links.self());
            put(linksNode, "conversations", links.conversations());
            put(linksNode, "startMessaging", links.startMessaging());
            put(linksNode, "startOnlineMeeting", links.startOnlineMeeting());
            put(linksNode, "joinOnlineMeeting", links.joinOnlineMeeting());
        }
    }
}
