package io.github.ucwakit.runtime.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Typed failures only, and closure, over many thousands of mutated real payloads of every kind in both formats:
 * each mutated payload is either refused with a {@link UcwaPayloadException} that has a kind and a location, or
 * read; what is read is written in both formats, each write either succeeding or refused with a typed exception,
 * and what is written is read again. In the same format it is equal to what was first read, and written again
 * gives the same document; dates a document gave in a form its format's writer does not use (an ISO-8601 date in
 * JSON, which JSON writes as {@code /Date(ms)/}) are equal as the instants JSON carries, to the millisecond. What
 * the same format read back, written in the other format and read, is a fixed point: written back through the
 * first format and again in the other, the same document. Seeded: the seed is printed, a failure names it and the
 * case, and {@code -Ducwakit.fuzzSeed=N} replays it ({@code -Ducwakit.fuzzCases=N} mutations per sample).
 */
class FuzzTest {

    private static final long SEED = Long.getLong("ucwakit.fuzzSeed", 20_261_206L);
    private static final int CASES = Integer.getInteger("ucwakit.fuzzCases", 2_500);
    private static final Map<PayloadKind, long[]> COUNTS = new EnumMap<>(PayloadKind.class);
    private static final AtomicLong TOTAL = new AtomicLong();

    @BeforeAll
    static void printSeed() {
        System.out.printf(Locale.ROOT, "fuzz: %d mutations per sample payload, seed %d (replay with"
                + " -Ducwakit.fuzzSeed=%d)%n", CASES, SEED, SEED);
    }

    @AfterAll
    static void report() {
        COUNTS.forEach((kind, counts) -> System.out.printf(Locale.ROOT,
                "fuzz cases: %s %d (read %d, refused %d; writes refused %d)%n", kind, counts[0], counts[1],
                counts[2], counts[3]));
        System.out.printf(Locale.ROOT, "fuzz cases: %d in all%n", TOTAL.get());
    }

    @ParameterizedTest
    @EnumSource(PayloadKind.class)
    void everyMutatedPayloadIsReadOrRefusedWithATypedFailure(PayloadKind kind) {
        long[] counts = new long[4];
        Random random = new Random(SEED ^ kind.ordinal() * 0x9E3779B97F4A7C15L);
        Mutations mutations = new Mutations(random);
        for (PayloadFormat format : PayloadFormat.values()) {
            for (String sample : kind.samples(format)) {
                byte[] original = Fixtures.bytes(sample);
                byte[] payload = original;
                for (int i = 0; i < CASES; i++) {
                    payload = random.nextInt(4) == 0 ? mutations.mutate(payload, format)
                            : mutations.mutate(original, format);
                    check(kind, format, payload, counts, sample, i);
                }
            }
        }
        COUNTS.put(kind, counts);
        TOTAL.addAndGet(counts[0]);
        assertThat(counts[1]).as("mutated %s payloads read", kind).isPositive();
        assertThat(counts[2]).as("mutated %s payloads refused", kind).isPositive();
    }

    private static void check(PayloadKind kind, PayloadFormat format, byte[] payload, long[] counts, String sample,
            int index) {
        counts[0]++;
        try {
            Object read;
            try {
                read = kind.read(payload, format);
            } catch (UcwaPayloadException e) {
                assertTyped(e);
                counts[2]++;
                return;
            }
            counts[1]++;
            Object canonical = read;
            String same;
            try {
                same = kind.write(read, format);
            } catch (UcwaPayloadException e) {
                assertTyped(e);
                counts[3]++;
                same = null;
            }
            if (same != null) {
                canonical = kind.read(same, format);
                assertThat(kind.write(canonical, format)).as("written again").isEqualTo(same);
                if (!canonical.equals(read)) {
                    assertThat(kind.write(canonical, PayloadFormat.JSON)).as("read again from %s", same)
                            .isEqualTo(kind.write(read, PayloadFormat.JSON));
                }
            }
            PayloadFormat other = PayloadKind.other(format);
            String written;
            try {
                written = kind.write(canonical, other);
            } catch (UcwaPayloadException e) {
                assertTyped(e);
                counts[3]++;
                return;
            }
            Object again = kind.read(written, other);
            assertThat(kind.write(kind.read(kind.write(again, format), format), other))
                    .as("written back through %s", format).isEqualTo(written);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(String.format(Locale.ROOT, "%s mutation %d of %s (seed %d, replay with"
                    + " -Ducwakit.fuzzSeed=%d) failed for%n%s", kind, index, sample, SEED, SEED,
                    new String(payload, StandardCharsets.UTF_8)), e);
        }
    }

    private static void assertTyped(UcwaPayloadException e) {
        assertThat(e.kind()).isNotNull();
        assertThat(e.location()).as("location of %s", e.getMessage()).isNotNull();
    }
}
