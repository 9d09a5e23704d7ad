package io.github.ucwakit.benchmarks;

import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import io.github.ucwakit.benchmarks.json.DatabindCodec;
import io.github.ucwakit.benchmarks.json.StreamingConversationCodec;
import io.github.ucwakit.benchmarks.json.StreamingEventsCodec;
import io.github.ucwakit.benchmarks.json.TreeConversationCodec;
import io.github.ucwakit.benchmarks.json.TreeEventsCodec;
import io.github.ucwakit.benchmarks.xml.StaxConversationCodec;
import io.github.ucwakit.benchmarks.xml.StaxEventsCodec;
import io.github.ucwakit.benchmarks.xml.jaxb.JaxbCodec;
import java.io.ByteArrayOutputStream;

/**
 * Proves at setup that every hand-written baseline reads and writes every field of the payloads: each baseline's
 * write of its own read must carry the payload's whole content, and the readers of one payload must agree. A
 * baseline that skips a field throws here, before anything is measured.
 */
public final class BaselineChecks {

    private BaselineChecks() {}

    /** Checks databind, streaming and tree on the conversation JSON; returns the record they agree on. */
    public static ConversationRecord conversationJson(byte[] json) throws Exception {
        DatabindCodec databind = new DatabindCodec();
        StreamingConversationCodec streaming = new StreamingConversationCodec();
        TreeConversationCodec tree = new TreeConversationCodec();
        ConversationRecord record = databind.readConversation(json);
        SamePayload.requireEqual("streaming read of conversation JSON", record, streaming.read(json));
        SamePayload.requireEqual("tree read of conversation JSON", record, tree.read(json));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        databind.writeConversation(record, out);
        SamePayload.requireJson("databind write of conversation JSON", json, out.toByteArray());
        out.reset();
        streaming.write(record, out);
        SamePayload.requireJson("streaming write of conversation JSON", json, out.toByteArray());
        out.reset();
        tree.write(record, out);
        SamePayload.requireJson("tree write of conversation JSON", json, out.toByteArray());
        return record;
    }

    /** Checks JAXB and StAX on the conversation XML; returns the StAX record. */
    public static ConversationRecord conversationXml(byte[] xml) throws Exception {
        StaxConversationCodec stax = new StaxConversationCodec();
        ConversationRecord record = stax.read(xml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stax.write(record, out);
        SamePayload.requireXml("StAX read and write of conversation XML", xml, out.toByteArray());
        requireJaxbRoundTrip("conversation XML", xml, new JaxbCodec().readResource(xml));
        return record;
    }

    /** Checks databind, streaming and tree on the event-channel JSON; returns the record they agree on. */
    public static EventsRecord eventsJson(byte[] json) throws Exception {
        DatabindCodec databind = new DatabindCodec();
        StreamingEventsCodec streaming = new StreamingEventsCodec();
        TreeEventsCodec tree = new TreeEventsCodec();
        EventsRecord record = databind.readEvents(json);
        SamePayload.requireEqual("streaming read of events JSON", record, streaming.read(json));
        SamePayload.requireEqual("tree read of events JSON", record, tree.read(json));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        databind.writeEvents(record, out);
        SamePayload.requireJson("databind write of events JSON", json, out.toByteArray());
        out.reset();
        streaming.write(record, out);
        SamePayload.requireJson("streaming write of events JSON", json, out.toByteArray());
        out.reset();
        tree.write(record, out);
        SamePayload.requireJson("tree write of events JSON", json, out.toByteArray());
        return record;
    }

    /** Checks JAXB and StAX on the event-channel XML; returns the StAX record. */
    public static EventsRecord eventsXml(byte[] xml) throws Exception {
        StaxEventsCodec stax = new StaxEventsCodec();
        EventsRecord record = stax.read(xml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stax.write(record, out);
        SamePayload.requireXml("StAX read and write of events XML", xml, out.toByteArray());
        requireJaxbRoundTrip("events XML", xml, new JaxbCodec().readEvents(xml));
        return record;
    }

    private static void requireJaxbRoundTrip(String what, byte[] xml, Object envelope) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JaxbCodec().write(envelope, out);
        SamePayload.requireXml("JAXB read and write of " + what, xml, out.toByteArray());
    }
}
