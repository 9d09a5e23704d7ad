package io.github.ucwakit.benchmarks.hostile;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.benchmarks.SampleCodec;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.operations.RequestBodies;
import io.github.ucwakit.sample.AddParticipantInputBinding;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The classes of payload that once made a reader quadratic (the runtime's {@code LinearTimeTest} reads the same
 * classes at 2 MB): member names sharing one {@link String#hashCode()} in resources, request bodies, events and
 * error bodies, names that collide in Jackson's symbol table, and event-channel responses whose embedded resources give their rel late, not at all or other than
 * their key. Each builds a payload of about a given size, read from bytes as a client reads a response.
 */
public enum HostileInput {

    JSON_PROPERTY_NAMES(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":1", "{\"rel\":\"x\"", "}", Reader.RESOURCE),
    JSON_LINK_RELS(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":{\"href\":\"/h\"}",
            "{\"rel\":\"x\",\"_links\":{\"self\":{\"href\":\"/s\"}", "}}", Reader.RESOURCE),
    JSON_SYMBOL_TABLE_NAMES(PayloadFormat.JSON, i -> ",\"" + symbolTableColliding(i) + "\":1", "{\"rel\":\"x\"", "}",
            Reader.RESOURCE),
    XML_PROPERTY_NAMES(PayloadFormat.XML, i -> "<property name=\"" + colliding(i) + "\">1</property>",
            "<resource rel=\"x\" xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">", "</resource>",
            Reader.RESOURCE),
    JSON_INPUT_NAMES(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":\"v\"", "{\"to\":\"sip:a\"", "}",
            Reader.INPUT),
    JSON_EVENTS_LATE_REL(PayloadFormat.JSON, i -> (i == 0 ? "" : ",") + event("\"name\":\"n\",\"rel\":\"participant\""),
            "{\"sender\":[{\"rel\":\"communication\",\"events\":[", "]}]}", Reader.EVENTS),
    JSON_EVENTS_MISSING_REL(PayloadFormat.JSON, i -> (i == 0 ? "" : ",") + event("\"name\":\"n\",\"x\":[1,2,3]"),
            "{\"sender\":[{\"rel\":\"communication\",\"events\":[", "]}]}", Reader.EVENTS),
    JSON_EVENT_MEMBERS(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":\"v\"",
            "{\"sender\":[{\"rel\":\"s\",\"events\":[{\"type\":\"added\",\"link\":{\"rel\":\"a\",\"href\":\"/h\"}",
            "}]}]}", Reader.EVENTS),
    JSON_ERROR_MEMBERS(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":\"v\"", "{\"code\":\"Conflict\"", "}",
            Reader.ERROR),
    XML_ERROR_PARAMETERS(PayloadFormat.XML, i -> "<property name=\"" + colliding(i) + "\">v</property>",
            "<reason xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><code>Conflict</code><parameters>",
            "</parameters></reason>", Reader.ERROR);

    private enum Reader {
        RESOURCE, INPUT, EVENTS, ERROR
    }

    /** Blocks of {@code Aa} and {@code BB}: 2^16 distinct names of 32 characters with one hash code. */
    private static final int MAX_NAMES = 1 << 16;
    private static final UcwaCodec CODEC = SampleCodec.create();
    private static final EventChannelCodec EVENTS = new EventChannelCodec(CODEC);

    private final PayloadFormat format;
    private final IntFunction<String> member;
    private final String head;
    private final String tail;
    private final Reader reader;

    HostileInput(PayloadFormat format, IntFunction<String> member, String head, String tail, Reader reader) {
        this.format = format;
        this.member = member;
        this.head = head;
        this.tail = tail;
        this.reader = reader;
    }

    /** A payload of about {@code bytes} bytes. */
    public byte[] ofSize(int bytes) {
        StringBuilder payload = new StringBuilder(bytes + 200).append(head);
        for (int i = 0; payload.length() < bytes && i < MAX_NAMES; i++) {
            payload.append(member.apply(i));
        }
        return payload.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the payload; returns what was read. */
    public Object read(byte[] payload) {
        return switch (reader) {
            case RESOURCE -> CODEC.read(payload, format);
            case INPUT -> RequestBodies.read(new String(payload, StandardCharsets.UTF_8), format,
                    AddParticipantInputBinding.INSTANCE, CODEC);
            case EVENTS -> EVENTS.read(payload, format);
            case ERROR -> ErrorBodies.read(payload, format);
        };
    }

    private static String colliding(int i) {
        StringBuilder name = new StringBuilder(32);
        for (int bit = 0; bit < 16; bit++) {
            name.append((i >> bit & 1) == 0 ? "Aa" : "BB");
        }
        return name.toString();
    }

    /**
     * The {@code i}th name of twenty 4-byte groups, ten {@code AAAA} and ten {@code BBBB}, after a fixed head: names
     * that Jackson's symbol table, whose hash of long names adds the groups up, puts in one slot whatever its seed.
     */
    private static String symbolTableColliding(int i) {
        int order = TenOfTwenty.ORDERS[i];
        StringBuilder name = new StringBuilder(92).append("prefixprefix");
        for (int group = 0; group < 20; group++) {
            name.append((order >> group & 1) == 0 ? "AAAA" : "BBBB");
        }
        return name.toString();
    }

    /** The 20-bit numbers with ten bits set, in increasing order: 184,756 of them. */
    private static final class TenOfTwenty {
        static final int[] ORDERS = IntStream.range(0, 1 << 20).filter(order -> Integer.bitCount(order) == 10)
                .toArray();
    }

    private static String event(String embeddedMembers) {
        return "{\"link\":{\"rel\":\"conversation\",\"href\":\"/c\"},\"type\":\"updated\",\"_embedded\":{\"conversation\":{"
                + embeddedMembers + "}}}";
    }
}
