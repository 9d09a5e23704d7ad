package io.github.ucwakit.runtime.badpayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaCodec;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testsupport.CountingInputStream;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad payload of {@code bad-payloads/cases.csv}, read by a codec with the default limits: each must fail
 * within a second with a {@link UcwaPayloadException} of exactly the expected kind and location, without a
 * connection to the local server or the marker file's content showing up, allocating less than a 50 MB string
 * would take, and, for the generated giants, without reading more of the stream than the limits allow.
 */
class BadPayloadSuiteTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    /**
     * What reading one bad payload may allocate, in bytes, on the reading thread: less than the 50 MB string alone
     * would take as a Java string, so a reader that held it would fail here.
     */
    private static final long MAX_ALLOCATION = 40_000_000;
    /** Messages quote values cut short; a location may be a long path, so a generous bound. */
    private static final int MAX_MESSAGE_LENGTH = 1000;
    private static final UcwaCodec CODEC = UcwaCodec.of(new TestBindings().bindings());
    private static final AtomicInteger RUN = new AtomicInteger();

    @TempDir
    static Path folder;
    private static Tripwires tripwires;

    @BeforeAll
    static void armTripwires() throws IOException {
        tripwires = new Tripwires(folder);
    }

    @AfterAll
    static void report() throws IOException {
        tripwires.close();
        System.out.println("payload cases: " + RUN.get());
    }

    static List<BadPayloadCase> cases() {
        return BadPayloadCase.table();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithTheExpectedKindAndLocation(BadPayloadCase bad) {
        CountingInputStream input = new CountingInputStream(open(bad));

        long[] allocated = new long[1];
        UcwaPayloadException failure = assertTimeoutPreemptively(ONE_SECOND, () -> {
            long before = allocatedBytes();
            UcwaPayloadException e = assertThrows(UcwaPayloadException.class, () -> read(bad, input));
            allocated[0] = allocatedBytes() - before;
            return e;
        }, bad.name());
        RUN.incrementAndGet();

        assertThat(failure.kind()).as("%s: %s", bad, failure.getMessage()).isEqualTo(bad.kind());
        assertThat(failure.location()).as("%s: %s", bad, failure.getMessage()).isEqualTo(bad.location());
        assertThat(failure.getMessage()).hasSizeLessThan(MAX_MESSAGE_LENGTH);
        assertThat(tripwires.connections()).as("connections to 127.0.0.1").isZero();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(tripwires.marker());
        }
        if (bad.maxRead() >= 0) {
            assertThat(input.count()).as("bytes read of %s", bad).isLessThanOrEqualTo(bad.maxRead());
        }
        assertThat(allocated[0]).as("bytes allocated reading %s", bad).isLessThan(MAX_ALLOCATION);
    }

    private static Object read(BadPayloadCase bad, InputStream input) {
        return bad.typed() ? CODEC.read(input, bad.format(), TestConversation.class) : CODEC.read(input, bad.format());
    }

    private static InputStream open(BadPayloadCase bad) {
        if (bad.generated()) {
            return GeneratedPayloads.open(bad.name().substring(BadPayloadCase.GENERATED.length()));
        }
        return new ByteArrayInputStream(tripwires.fill(Fixtures.bytes("/bad-payloads/" + bad.name())));
    }

    static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }
}
