package io.github.ucwakit.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Written and parsed again, a random batch is the batch it was: the same host, the same requests or responses in
 * the same order, headers and bodies to the byte. The boundary comes in turn from the content digest, from seeded
 * UUIDs, and from a source whose first candidate is planted in a body, which the writer must refuse.
 * Seeded: the seed is printed, {@code -Ducwakit.seed=N} replays a run, {@code -Ducwakit.propertyCases=N} sets the
 * number of batches of each kind.
 */
class BatchRoundTripPropertyTest {

    private static final long SEED = Long.getLong("ucwakit.seed", 20_261_206L);
    private static final int CASES = Integer.getInteger("ucwakit.propertyCases", 2000);
    private static final String PLANTED = "planted-boundary";

    @BeforeAll
    static void printSeed() {
        System.out.printf(Locale.ROOT, "batch round-trip property cases: %d request batches and %d response"
                + " batches, seed %d%n", CASES, CASES, SEED);
    }

    @Test
    void requestBatchesComeBackTheSame() {
        Random random = new Random(SEED);
        RandomBatches batches = new RandomBatches(random);
        for (int i = 0; i < CASES; i++) {
            String host = batches.host();
            List<UcwaRequest> sent = new ArrayList<>();
            List<UcwaRequest> expected = new ArrayList<>();
            for (int p = batches.parts(); p > 0; p--) {
                UcwaRequest request = batches.request();
                expected.add(request);
                sent.add(batches.chance(20) ? batches.absolute(request, host) : request);
            }
            BoundarySource boundaries = boundaries(i, random);
            if (i % 3 == 2) {
                sent = plant(sent);
                expected = plant(expected);
            }
            BatchRequest batch = BatchRequest.of(host, sent);
            MultipartBody written = batch.write(boundaries);
            try {
                assertThat(written.boundary()).isNotEqualTo(PLANTED);
                assertThat(BatchRequest.parse(written.bytes(), written.contentType()))
                        .isEqualTo(BatchRequest.of(host, expected));
            } catch (AssertionError e) {
                throw new AssertionError(failure("request batch", i) + "\n" + written, e);
            }
        }
    }

    @Test
    void responseBatchesComeBackTheSame() {
        Random random = new Random(SEED + 1);
        RandomBatches batches = new RandomBatches(random);
        for (int i = 0; i < CASES; i++) {
            List<ResponsePart> parts = new ArrayList<>();
            for (int p = batches.parts(); p > 0; p--) {
                parts.add(batches.response());
            }
            if (i % 3 == 2) {
                parts.set(0, ResponsePart.builder(200).header("Content-Type", "application/json")
                        .body(("{\"a\":\"\r\n--" + PLANTED + "\r\n\"}").getBytes(StandardCharsets.UTF_8))
                        .build());
            }
            BatchResponse response = BatchResponse.of(parts);
            MultipartBody written = response.write(boundaries(i, random));
            try {
                assertThat(written.boundary()).isNotEqualTo(PLANTED);
                assertThat(BatchResponse.parse(written.bytes(), written.contentType())).isEqualTo(response);
            } catch (AssertionError e) {
                throw new AssertionError(failure("response batch", i) + "\n" + written, e);
            }
        }
    }

    /** The digest, seeded UUIDs, or the planted candidate first and seeded UUIDs after it, in turn. */
    private static BoundarySource boundaries(int i, Random random) {
        long uuidSeed = random.nextLong();
        Random uuids = new Random(uuidSeed);
        return switch (i % 3) {
            case 0 -> BoundarySource.contentDigest();
            case 1 -> BoundarySource.uuids(() -> new UUID(uuids.nextLong(), uuids.nextLong()));
            default -> (parts, attempt) -> attempt == 0 ? PLANTED : new UUID(uuids.nextLong(), uuids.nextLong())
                    .toString();
        };
    }

    /** The first request with a header whose value holds the planted boundary. */
    private static List<UcwaRequest> plant(List<UcwaRequest> requests) {
        List<UcwaRequest> planted = new ArrayList<>(requests);
        UcwaRequest first = requests.get(0);
        UcwaRequest.Builder copy = UcwaRequest.builder(first.method(), first.href());
        first.headers().forEach(copy::header);
        copy.header("X-Planted", "--" + PLANTED);
        first.body().ifPresent(b -> copy.body(b, first.contentType().orElseThrow()));
        planted.set(0, copy.build());
        return planted;
    }

    private static String failure(String kind, int i) {
        return String.format(Locale.ROOT, "%s %d of seed %d failed (replay with -Ducwakit.seed=%d)", kind, i, SEED,
                SEED);
    }
}
