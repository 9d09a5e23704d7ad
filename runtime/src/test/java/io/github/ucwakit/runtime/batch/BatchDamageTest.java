package io.github.ucwakit.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Damaged batches never make the parser fail otherwise than with a {@link UcwaPayloadException}: every prefix of
 * written batches (a body cut anywhere), and seeded random damage (bytes flipped, hostile bytes inserted, ranges
 * deleted or repeated). A cut body that still parses is one cut after a delimiter line, so it holds fewer parts,
 * each whole. Seeded: {@code -Ducwakit.seed=N}.
 */
class BatchDamageTest {

    private static final long SEED = Long.getLong("ucwakit.seed", 20_261_206L);
    private static final int MUTATIONS = 20_000;
    private static final byte[][] HOSTILE = {"\r".getBytes(StandardCharsets.US_ASCII),
        "\n".getBytes(StandardCharsets.US_ASCII), ":".getBytes(StandardCharsets.US_ASCII),
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), {0}, {(byte) 0xFF}, " ".getBytes(StandardCharsets.US_ASCII),
        "Content-Length: 99999\r\n".getBytes(StandardCharsets.US_ASCII)};
    private static int cases;

    @AfterAll
    static void report() {
        System.out.printf(Locale.ROOT, "batch damage cases: %d (every prefix of 6 batches, %d mutations), seed %d%n",
                cases, MUTATIONS, SEED);
    }

    @Test
    void everyPrefixIsReadOrRefused() {
        for (Sample sample : samples(new Random(SEED))) {
            for (int cut = 0; cut < sample.body.length; cut++) {
                Object read = outcome(sample, Arrays.copyOf(sample.body, cut));
                if (read instanceof BatchRequest batch) {
                    assertThat(sample.read).isInstanceOf(BatchRequest.class);
                    List<UcwaRequest> whole = ((BatchRequest) sample.read).requests();
                    assertThat(whole.subList(0, batch.requests().size())).as("cut at %d", cut)
                            .isEqualTo(batch.requests());
                } else if (read instanceof BatchResponse response) {
                    List<ResponsePart> whole = ((BatchResponse) sample.read).parts();
                    assertThat(whole.subList(0, response.parts().size())).as("cut at %d", cut)
                            .isEqualTo(response.parts());
                }
                cases++;
            }
        }
    }

    @Test
    void randomDamageIsReadOrRefused() {
        Random random = new Random(SEED + 2);
        List<Sample> samples = samples(random);
        for (int i = 0; i < MUTATIONS; i++) {
            Sample sample = samples.get(random.nextInt(samples.size()));
            byte[] damaged = damage(sample.body, random);
            try {
                outcome(sample, damaged);
            } catch (RuntimeException | Error e) {
                throw new AssertionError(String.format(Locale.ROOT, "mutation %d of seed %d (replay with"
                        + " -Ducwakit.seed=%d) failed for%n%s", i, SEED, SEED,
                        new String(damaged, StandardCharsets.ISO_8859_1)), e);
            }
            cases++;
        }
    }

    /** A parsed batch, or the {@link UcwaPayloadException} that refused it; anything else is thrown. */
    private static Object outcome(Sample sample, byte[] body) {
        try {
            return sample.read instanceof BatchRequest
                    ? BatchRequest.parse(body, sample.contentType)
                    : BatchResponse.parse(body, sample.contentType);
        } catch (UcwaPayloadException refused) {
            assertThat(refused.kind()).isNotNull();
            return refused;
        }
    }

    private static byte[] damage(byte[] body, Random random) {
        int at = random.nextInt(body.length);
        int length = Math.min(body.length - at, 1 + random.nextInt(40));
        byte[] inserted = switch (random.nextInt(4)) {
            case 0 -> new byte[] {(byte) random.nextInt(256)};
            case 1 -> HOSTILE[random.nextInt(HOSTILE.length)];
            case 2 -> new byte[0];
            default -> Arrays.copyOfRange(body, at, at + length);
        };
        int removed = random.nextBoolean() ? length : 0;
        byte[] damaged = new byte[body.length - removed + inserted.length];
        System.arraycopy(body, 0, damaged, 0, at);
        System.arraycopy(inserted, 0, damaged, at, inserted.length);
        System.arraycopy(body, at + removed, damaged, at + inserted.length, body.length - at - removed);
        return damaged;
    }

    private record Sample(Object read, byte[] body, String contentType) {}

    /** Three request batches and three response batches, written with their digest boundary. */
    private static List<Sample> samples(Random random) {
        RandomBatches batches = new RandomBatches(random);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<UcwaRequest> requests = new ArrayList<>();
            for (int p = 2 + i; p > 0; p--) {
                requests.add(batches.request());
            }
            BatchRequest batch = BatchRequest.of(batches.host(), requests);
            MultipartBody written = batch.write();
            samples.add(new Sample(batch, written.bytes(), written.contentType()));
            List<ResponsePart> parts = new ArrayList<>();
            for (int p = 2 + i; p > 0; p--) {
                parts.add(batches.response());
            }
            BatchResponse response = BatchResponse.of(parts);
            MultipartBody answer = response.write();
            samples.add(new Sample(response, answer.bytes(), answer.contentType()));
        }
        return samples;
    }
}
