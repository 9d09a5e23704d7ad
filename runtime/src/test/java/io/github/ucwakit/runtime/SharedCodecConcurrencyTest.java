package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testmodel.Modality;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestParticipant;
import io.github.ucwakit.runtime.xml.envelope.XmlEnvelopes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many threads share one codec, so its JSON factory, its StAX factories and the JAXB context: each reads and writes
 * payloads of its own, good and bad, in both formats, and checks every result against what one thread computed
 * alone beforehand.
 */
class SharedCodecConcurrencyTest {

    private static final int THREADS = 16;
    private static final int ITERATIONS = 500;
    private static final int VARIANTS = 4;
    private static final int MAX_DEPTH = 20;

    private final UcwaCodec codec = UcwaCodec.of(new TestBindings().bindings())
            .withLimits(ReadLimits.defaults().withMaxDepth(MAX_DEPTH));

    @Test
    void readsAndWritesCorrectlyFromManyThreadsAtOnce() throws Exception {
        List<List<Expected>> expected = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            List<Expected> variants = new ArrayList<>();
            for (int variant = 0; variant < VARIANTS; variant++) {
                variants.add(expected(conversation(thread, variant)));
            }
            expected.add(variants);
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> checked = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                List<Expected> mine = expected.get(thread);
                checked.add(pool.submit(() -> {
                    start.await();
                    int checks = 0;
                    for (int i = 0; i < ITERATIONS; i++) {
                        checks += roundTrip(mine.get(i % VARIANTS), failures);
                    }
                    return checks;
                }));
            }
            start.countDown();
            int checks = 0;
            for (Future<Integer> result : checked) {
                checks += result.get(5, TimeUnit.MINUTES);
            }

            assertThat(failures).isEmpty();
            assertThat(checks).isEqualTo(THREADS * ITERATIONS * 9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Nine checks of one variant; a mismatch is recorded, not thrown, so that every thread runs to its end. */
    private int roundTrip(Expected expected, ConcurrentLinkedQueue<String> failures) {
        TestConversation resource = expected.resource();
        check(failures, "JSON written", codec.writeToString(resource, PayloadFormat.JSON), expected.json());
        check(failures, "XML written", codec.writeToString(resource, PayloadFormat.XML), expected.xml());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(resource, PayloadFormat.XML, out);
        check(failures, "XML streamed", out.toString(StandardCharsets.UTF_8), expected.xml());
        check(failures, "JSON read", codec.read(expected.json(), PayloadFormat.JSON), resource);
        byte[] xmlBytes = expected.xml().getBytes(StandardCharsets.UTF_8);
        check(failures, "XML read", codec.read(new ByteArrayInputStream(xmlBytes), PayloadFormat.XML,
                TestConversation.class), resource);
        check(failures, "envelope", codec.fromEnvelope(XmlEnvelopes.unmarshal(expected.xml())), resource);
        check(failures, "bad JSON", failure(() -> codec.read(expected.badJson(), PayloadFormat.JSON)),
                Map.entry(Kind.WRONG_TYPE, "$._embedded.participant[1].anonymous"));
        check(failures, "bad XML", failure(() -> codec.read(expected.badXml(), PayloadFormat.XML)),
                Map.entry(Kind.DUPLICATE, "line 1, column " + expected.duplicateColumn()));
        check(failures, "deep XML", failure(() -> codec.read(expected.deepXml(), PayloadFormat.XML)),
                Map.entry(Kind.LIMIT_EXCEEDED, "line 1, column " + expected.deepColumn()));
        return 9;
    }

    private static void check(ConcurrentLinkedQueue<String> failures, String what, Object actual, Object expected) {
        if (!expected.equals(actual)) {
            failures.add(what + ": expected " + expected + " but was " + actual);
        }
    }

    private static Map.Entry<Kind, String> failure(Runnable read) {
        try {
            read.run();
            return Map.entry(Kind.MALFORMED, "no failure");
        } catch (UcwaPayloadException e) {
            return Map.entry(e.kind(), String.valueOf(e.location()));
        }
    }

    private Expected expected(TestConversation resource) {
        String json = codec.writeToString(resource, PayloadFormat.JSON);
        String xml = codec.writeToString(resource, PayloadFormat.XML);
        String badJson = json.replace("\"anonymous\":false", "\"anonymous\":\"no\"");
        String subject = "<property name=\"subject\">";
        int at = xml.indexOf(subject);
        String again = subject + "again</property>";
        String badXml = xml.substring(0, at) + again + xml.substring(at);
        int duplicateColumn = at + again.length() + subject.length() + 1;
        String open = "<resource rel=\"x\">";
        String deepXml = xml.substring(0, at) + open.repeat(MAX_DEPTH + 5) + "</resource>".repeat(MAX_DEPTH + 5)
                + xml.substring(at);
        int deepColumn = at + open.length() * MAX_DEPTH + 1;
        return new Expected(resource, json, xml, badJson, badXml, duplicateColumn, deepXml, deepColumn);
    }

    /** A conversation of its own for each thread and variant, with two participants. */
    private static TestConversation conversation(int thread, int variant) {
        String id = thread + "-" + variant;
        return TestConversation.builder()
                .selfLink(Link.of("self", "/conversations/" + id))
                .subject("Subject " + id + " & <friends>")
                .participantCount(thread * 100 + variant)
                .sequenceNumber(9_007_199_254_740_993L + thread)
                .readLocally(variant % 2 == 0)
                .created(UcwaDateTime.of(Instant.ofEpochMilli(1_474_932_024_822L + thread * 1000L + variant)
                        .atOffset(ZoneOffset.UTC)))
                .activeModalities(List.of(Modality.MESSAGING, Modality.of("Future" + id)))
                .addParticipantLink(Link.of("participant", "/conversations/" + id + "/participants/1", "Ann " + id))
                .addParticipant(new TestParticipant(Link.of("self", "/people/ann-" + id), "Ann " + id, true,
                        UnknownMembers.empty()))
                .addParticipant(new TestParticipant(Link.of("self", "/people/bob-" + id), "Bob " + id, false,
                        UnknownMembers.builder().property("futureRole", new PropertyValue.Text("Leader " + id))
                                .build()))
                .build();
    }

    private record Expected(TestConversation resource, String json, String xml, String badJson, String badXml,
            int duplicateColumn, String deepXml, int deepColumn) {}
}
