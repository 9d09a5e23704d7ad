package io.github.ucwakit.runtime.badpayloads;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import io.github.ucwakit.runtime.xml.envelope.XmlEnvelopes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real payloads damaged at random (bytes changed, cut or repeated, markup slipped in) either read or fail with a
 * located {@link UcwaPayloadException}: never another exception, whatever the damage, read by the codec or, for
 * XML, through the JAXB envelope. The damage is drawn from fixed seeds, so a failure names the seed that reproduces
 * it.
 */
class DamagedPayloadTest {

    private static final int SEEDS = 1500;
    private static final UcwaCodec CODEC = UcwaCodec.of(new TestBindings().bindings());
    private static final List<String> SNIPPETS = List.of("{", "}", "[", "]", "\"", ":", ",", "<", ">", "&", "&amp;",
            "&#0;", "&#xD800;", "<!DOCTYPE r [<!ENTITY e \"x\">]>", "&e;", "<![CDATA[", "]]>", "<!--", "-->",
            "<?pi x?>", "\\u0000", "\\ud800", "1e999999", "-", "99999999999999999999", "null", "true", "/Date(",
            ")/", "data:", "%", "\"rel\":", "<resource rel=\"x\">", "</resource>", "<property name=\"a\">", "\u00e9",
            "\uD83D\uDE00");

    private static final String EVENTS_XML = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<events href=\"/events?ack=1\" xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">\n"
            + " <link rel=\"next\" href=\"/events?ack=2\" />\n"
            + " <sender rel=\"conversation\" href=\"/c/1\">\n"
            + "  <updated rel=\"conversation\" href=\"/c/1\" future=\"kept\">\n"
            + "   <resource rel=\"conversation\" href=\"/c/1\">\n"
            + "    <link rel=\"participants\" href=\"/c/1/participants\" />\n"
            + "    <property name=\"subject\">Caf\u00e9 plans</property>\n"
            + "    <property name=\"participantCount\">2</property>\n"
            + "    <propertyList name=\"activeModalities\"><item>Messaging</item></propertyList>\n"
            + "   </resource>\n"
            + "  </updated>\n"
            + "  <completed rel=\"addParticipant\" href=\"/c/1/op/2\" status=\"Failure\">\n"
            + "   <reason><property name=\"code\">Conflict</property></reason>\n"
            + "  </completed>\n"
            + " </sender>\n"
            + "</events>";

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void readsOrFailsWithAKindAndALocation(PayloadFormat format) {
        byte[] original = Fixtures.bytes(format == PayloadFormat.JSON ? Fixtures.EMBEDDED_JSON : Fixtures.EMBEDDED_XML);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            byte[] damaged = damage(original, new Random(seed));
            try {
                CODEC.read(damaged, format, TestConversation.class);
            } catch (UcwaPayloadException e) {
                refused++;
                if (e.location() == null) {
                    failures.add("seed " + seed + ": no location in " + e.getMessage());
                }
            } catch (RuntimeException e) {
                failures.add("seed " + seed + ": " + e);
            }
            if (format == PayloadFormat.XML) {
                envelope(damaged, seed, failures);
                sameFromAStream(damaged, seed, failures);
            }
        }

        assertThat(failures).isEmpty();
        assertThat(refused).as("damaged payloads refused").isGreaterThan(SEEDS / 2);
    }

    /** Through the JAXB envelope, the same: read, or refused with a location. */
    private static void envelope(byte[] damaged, int seed, List<String> failures) {
        try {
            CODEC.fromEnvelope(XmlEnvelopes.unmarshal(new ByteArrayInputStream(damaged)), TestConversation.class);
        } catch (UcwaPayloadException e) {
            if (e.location() == null) {
                failures.add("envelope, seed " + seed + ": no location in " + e.getMessage());
            }
        } catch (RuntimeException e) {
            failures.add("envelope, seed " + seed + ": " + e);
        }
    }

    /**
     * Read as bytes (decoded up front when UTF-8) and from a stream (decoded by the parser), the same resource or
     * the same failure, message and location included.
     */
    private static void sameFromAStream(byte[] damaged, int seed, List<String> failures) {
        Object fromBytes = outcome(() -> CODEC.read(damaged, PayloadFormat.XML, TestConversation.class));
        Object fromStream = outcome(() -> CODEC.read(new ByteArrayInputStream(damaged), PayloadFormat.XML,
                TestConversation.class));
        if (!fromBytes.equals(fromStream)) {
            failures.add("seed " + seed + ": from bytes " + fromBytes + ", from a stream " + fromStream);
        }
    }

    @Test
    void damagedEventChannelResponsesReadFromBytesAsFromAStream() {
        EventChannelCodec events = new EventChannelCodec(CODEC);
        byte[] original = EVENTS_XML.getBytes(StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            byte[] damaged = damage(original, new Random(seed));
            Object fromBytes = outcome(() -> events.read(damaged, PayloadFormat.XML));
            Object fromStream = outcome(() -> events.read(new ByteArrayInputStream(damaged), PayloadFormat.XML));
            if (!fromBytes.equals(fromStream)) {
                failures.add("seed " + seed + ": from bytes " + fromBytes + ", from a stream " + fromStream);
            }
        }

        assertThat(failures).isEmpty();
    }

    /** What a read gave: the value, the failure's kind, message and location, or another exception's class. */
    private static Object outcome(Supplier<Object> read) {
        try {
            return read.get();
        } catch (UcwaPayloadException e) {
            return e.kind() + " " + e.getMessage() + " at " + e.location();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    /** One to four edits, each at a random place. */
    private static byte[] damage(byte[] payload, Random random) {
        byte[] bytes = payload;
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            int at = random.nextInt(bytes.length + 1);
            int end = Math.min(bytes.length, at + 1 + random.nextInt(40));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (random.nextInt(5)) {
                case 0 -> {
                    out.write(bytes, 0, bytes.length);
                    bytes = out.toByteArray();
                    if (at < bytes.length) {
                        bytes[at] = (byte) random.nextInt(256);
                    }
                    continue;
                }
                case 1 -> {
                    out.write(bytes, 0, at);
                    out.write(bytes, end, bytes.length - end);
                }
                case 2 -> {
                    out.write(bytes, 0, end);
                    out.write(bytes, at, end - at);
                    out.write(bytes, end, bytes.length - end);
                }
                case 3 -> {
                    out.write(bytes, 0, at);
                    out.writeBytes(SNIPPETS.get(random.nextInt(SNIPPETS.size())).getBytes(StandardCharsets.UTF_8));
                    out.write(bytes, at, bytes.length - at);
                }
                default -> out.write(bytes, 0, at);
            }
            bytes = out.toByteArray();
        }
        return bytes;
    }
}
