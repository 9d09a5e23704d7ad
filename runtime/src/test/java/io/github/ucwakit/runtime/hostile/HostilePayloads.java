package io.github.ucwakit.runtime.hostile;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.RequestInput;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.UcwaError;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.operations.RequestBodies;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import io.github.ucwakit.runtime.testmodel.TestInviteInputBinding;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Payloads built to make a reader slow, one class per way the readers once were: many member names sharing one
 * {@link String#hashCode()} in every kind of object and both formats, and event-channel responses whose embedded
 * resources give their rel late, not at all, or other than their key. Each is built at any size and read the way
 * a client reads it, from bytes. Public for the benchmarks module's {@code HostileInputBenchmark}, which measures the
 * slopes of the same classes.
 */
public enum HostilePayloads {

    /** A JSON resource with properties whose names share a hash code. */
    JSON_PROPERTY_NAMES(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":1", "{\"rel\":\"x\"", "}", Reader.RESOURCE),
    /** A JSON resource with links whose rels share a hash code. */
    JSON_LINK_RELS(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":{\"href\":\"/h\"}",
            "{\"rel\":\"x\",\"_links\":{\"self\":{\"href\":\"/s\"}", "}}", Reader.RESOURCE),
    /** A JSON resource with embedded resources whose keys share a hash code. */
    JSON_EMBEDDED_KEYS(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":{}",
            "{\"rel\":\"x\",\"_embedded\":{\"a\":{}", "}}", Reader.RESOURCE),
    /**
     * A JSON resource with properties whose names collide in Jackson's symbol table whatever its seed: after three
     * fixed 4-byte groups, twenty groups of {@code AAAA} and {@code BBBB}, ten of each in every order, which the hash
     * of long names adds up without mixing.
     */
    JSON_SYMBOL_TABLE_NAMES(PayloadFormat.JSON, i -> ",\"" + symbolTableColliding(i) + "\":1", "{\"rel\":\"x\"",
            "}", Reader.RESOURCE),
    /** A JSON property holding an object whose member names share a hash code. */
    JSON_OBJECT_MEMBERS(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":1", "{\"rel\":\"x\",\"bag\":{\"a\":1",
            "}}", Reader.RESOURCE),
    /** An XML resource with properties whose names share a hash code. */
    XML_PROPERTY_NAMES(PayloadFormat.XML, i -> "<property name=\"" + colliding(i) + "\">1</property>",
            "<resource rel=\"x\" xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">", "</resource>",
            Reader.RESOURCE),
    /** An XML resource with links whose rels share a hash code. */
    XML_LINK_RELS(PayloadFormat.XML, i -> "<link rel=\"" + colliding(i) + "\" href=\"/h\"/>",
            "<resource rel=\"x\" xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">", "</resource>",
            Reader.RESOURCE),
    /** A JSON request body with unknown properties whose names share a hash code. */
    JSON_INPUT_NAMES(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":\"v\"", "{\"to\":\"sip:a\"", "}",
            Reader.INPUT),
    /** An XML request body with unknown properties whose names share a hash code. */
    XML_INPUT_NAMES(PayloadFormat.XML, i -> "<property name=\"" + colliding(i) + "\">v</property>",
            "<input xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><property name=\"to\">sip:a</property>",
            "</input>", Reader.INPUT),
    /** JSON events whose embedded resources give their rel last, and another rel than their key. */
    JSON_EVENTS_LATE_REL(PayloadFormat.JSON, i -> (i == 0 ? "" : ",") + event("\"name\":\"n\",\"rel\":\"participant\""),
            "{\"sender\":[{\"rel\":\"communication\",\"events\":[", "]}]}", Reader.EVENTS),
    /** JSON events whose embedded resources give no rel at all. */
    JSON_EVENTS_MISSING_REL(PayloadFormat.JSON, i -> (i == 0 ? "" : ",") + event("\"name\":\"n\",\"x\":[1,2,3]"),
            "{\"sender\":[{\"rel\":\"communication\",\"events\":[", "]}]}", Reader.EVENTS),
    /** JSON events whose embedded resources give their rel first, but another than their key. */
    JSON_EVENTS_MISLEADING_REL(PayloadFormat.JSON, i -> (i == 0 ? "" : ",") + event("\"rel\":\"x\",\"name\":\"n\""),
            "{\"sender\":[{\"rel\":\"communication\",\"events\":[", "]}]}", Reader.EVENTS),
    /** A JSON event with unknown members whose names share a hash code. */
    JSON_EVENT_MEMBERS(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":\"v\"",
            "{\"sender\":[{\"rel\":\"s\",\"events\":[{\"type\":\"added\",\"link\":{\"rel\":\"a\",\"href\":\"/h\"}",
            "}]}]}", Reader.EVENTS),
    /** XML events whose embedded resources are named other than their rel. */
    XML_EVENTS(PayloadFormat.XML, i -> "<added rel=\"conversation\" href=\"/c\"><resource rel=\"participant\""
            + " href=\"/p\"><property name=\"name\">n</property></resource></added>",
            "<events xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><sender rel=\"communication\">",
            "</sender></events>", Reader.EVENTS),
    /** A JSON error body with unknown members whose names share a hash code. */
    JSON_ERROR_MEMBERS(PayloadFormat.JSON, i -> ",\"" + colliding(i) + "\":\"v\"", "{\"code\":\"Conflict\"", "}",
            Reader.ERROR),
    /** An XML error body whose parameters have names sharing a hash code. */
    XML_ERROR_PARAMETERS(PayloadFormat.XML, i -> "<property name=\"" + colliding(i) + "\">v</property>",
            "<reason xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><code>Conflict</code><parameters>",
            "</parameters></reason>", Reader.ERROR);

    /** How a payload of a class is read. */
    enum Reader {
        RESOURCE, INPUT, EVENTS, ERROR
    }

    private static final UcwaCodec CODEC = UcwaCodec.of(new TestBindings().bindings());
    private static final EventChannelCodec EVENTS = new EventChannelCodec(CODEC);

    private final PayloadFormat format;
    private final IntFunction<String> member;
    private final String head;
    private final String tail;
    private final Reader reader;

    HostilePayloads(PayloadFormat format, IntFunction<String> member, String head, String tail, Reader reader) {
        this.format = format;
        this.member = member;
        this.head = head;
        this.tail = tail;
        this.reader = reader;
    }

    public PayloadFormat format() {
        return format;
    }

    /** A payload of about {@code bytes} bytes (never more members than distinct colliding names). */
    public byte[] ofSize(int bytes) {
        StringBuilder payload = new StringBuilder(bytes + 200).append(head);
        for (int i = 0; payload.length() < bytes && i < MAX_NAMES; i++) {
            payload.append(member.apply(i));
        }
        return payload.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the payload as a client would; returns what was read. */
    public Object read(byte[] payload) {
        return switch (reader) {
            case RESOURCE -> CODEC.read(payload, format);
            case INPUT -> RequestBodies.read(new String(payload, StandardCharsets.UTF_8), format,
                    TestInviteInputBinding.INSTANCE, CODEC);
            case EVENTS -> EVENTS.read(payload, format);
            case ERROR -> ErrorBodies.read(payload, format);
        };
    }

    /**
     * Reads the payload from a stream and writes what was read in its format: a stream is read without a table of
     * names (the runtime's JSON parsers share names in one only over whole byte arrays), so a byte-array read must
     * write the same text.
     */
    String readFromStreamAndWrite(byte[] payload) {
        InputStream in = new ByteArrayInputStream(payload);
        return switch (reader) {
            case RESOURCE -> CODEC.writeToString(CODEC.read(in, format), format);
            case INPUT -> write(read(payload));
            case EVENTS -> EVENTS.writeToString(EVENTS.read(in, format), format);
            case ERROR -> ErrorBodies.writeToString(ErrorBodies.read(in, format), format);
        };
    }

    /** Writes what {@link #read} returned, in the payload's format. */
    String write(Object read) {
        return switch (reader) {
            case RESOURCE -> CODEC.writeToString((UcwaResource) read, format);
            case INPUT -> RequestBodies.writeToString((RequestInput) read, format);
            case EVENTS -> EVENTS.writeToString((EventChannelResponse) read, format);
            case ERROR -> ErrorBodies.writeToString((UcwaError) read, format);
        };
    }


    /** Blocks of {@code Aa} and {@code BB} (equal hash codes): 2^16 distinct names of one hash code. */
    static final int MAX_NAMES = 1 << 16;

    /** The {@code i}th name of 32 characters, all with the same {@link String#hashCode()}. */
    static String colliding(int i) {
        StringBuilder name = new StringBuilder(32);
        for (int bit = 0; bit < 16; bit++) {
            name.append((i >> bit & 1) == 0 ? "Aa" : "BB");
        }
        return name.toString();
    }

    /** The {@code i}th name of twenty 4-byte groups, ten {@code AAAA} and ten {@code BBBB}, after a fixed head. */
    static String symbolTableColliding(int i) {
        int order = TenOfTwenty.ORDERS[i];
        StringBuilder name = new StringBuilder(92).append("prefixprefix");
        for (int group = 0; group < 20; group++) {
            name.append((order >> group & 1) == 0 ? "AAAA" : "BBBB");
        }
        return name.toString();
    }

    /** The 20-bit numbers with ten bits set, in increasing order: 184,756 of them. */
    private static final class TenOfTwenty {
        static final int[] ORDERS = IntStream.range(0, 1 << 20)
                .filter(order -> Integer.bitCount(order) == 10).toArray();
    }

    private static String event(String embeddedMembers) {
        return "{\"link\":{\"rel\":\"conversation\",\"href\":\"/c\"},\"type\":\"updated\",\"_embedded\":{\"conversation\":{"
                + embeddedMembers + "}}}";
    }
}
