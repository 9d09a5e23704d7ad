package io.github.ucwakit.runtime.badpayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.RequestInput;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.UcwaError;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.operations.RequestBodies;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestInviteInputBinding;
import io.github.ucwakit.runtime.testsupport.CountingInputStream;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import io.github.ucwakit.runtime.xml.envelope.XmlEnvelopes;
import io.github.ucwakit.runtime.xml.envelope.XmlResourceEnvelope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad payload of {@code bad-payloads/cases.csv}, read by a codec with the default limits: each must fail
 * within a second with a {@link UcwaPayloadException} of exactly the expected kind and location, without a
 * connection to the local server or the marker file's content showing up, allocating less than a 50 MB string
 * would take, and, for the generated giants, without reading more of the stream than the limits allow. The JAXB
 * envelope, reading through the same limited StAX reader, refuses the XML cases the parser refuses alike.
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
    private static final EventChannelCodec EVENTS = new EventChannelCodec(CODEC);
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String LONG_XML_TEXT = BadPayloadCase.GENERATED + "xml-50mb-text";

    @TempDir
    static Path folder;
    private static Tripwires tripwires;

    /**
     * Arms the tripwires, and reads good payloads each way, one with a long text, so that the second counts reading
     * the payload, not loading classes, creating the JAXB context or running the parsers' loops uncompiled.
     */
    @BeforeAll
    static void armTripwiresAndWarmUp() throws IOException {
        tripwires = new Tripwires(folder);
        String subject = "x".repeat(2_000_000);
        String xml = "<resource rel=\"conversation\" xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">"
                + "<property name=\"subject\">" + subject + "</property></resource>";
        for (int round = 0; round < 3; round++) {
            CODEC.read(Fixtures.bytes(Fixtures.SEED_JSON), PayloadFormat.JSON);
            CODEC.read(Fixtures.bytes(Fixtures.SEED_XML), PayloadFormat.XML);
            CODEC.read("{\"rel\":\"conversation\",\"subject\":\"" + subject + "\"}", PayloadFormat.JSON);
            CODEC.read(xml, PayloadFormat.XML);
            XmlEnvelopes.unmarshal(xml);
        }
    }

    @AfterAll
    static void report() throws IOException {
        tripwires.close();
        System.out.println("payload cases: " + RUN.get());
    }

    static List<BadPayloadCase> cases() {
        return BadPayloadCase.table();
    }

    /**
     * The XML cases the parser itself refuses, before any binding reads a value; the 50 MB text apart, as JAXB
     * gathers text more slowly than the codec (see {@link #theJaxbEnvelopeStopsALongTextAtTheLimit()}).
     */
    static Stream<BadPayloadCase> parserLevelXmlCases() {
        Set<Kind> parserLevel = EnumSet.of(Kind.FORBIDDEN, Kind.MALFORMED, Kind.LIMIT_EXCEEDED);
        return cases().stream().filter(c -> c.format() == PayloadFormat.XML && c.resource()
                        && parserLevel.contains(c.kind()))
                .filter(c -> !c.name().equals(LONG_XML_TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithTheExpectedKindAndLocation(BadPayloadCase bad) {
        check(bad, input -> read(bad, input));
        RUN.incrementAndGet();
    }

    /** The XML cases held in files: read from bytes, which are decoded before parsing when they are UTF-8. */
    static Stream<BadPayloadCase> xmlFileCases() {
        return cases().stream().filter(c -> c.format() == PayloadFormat.XML && !c.generated());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlFileCases")
    void failsAlikeReadFromBytes(BadPayloadCase bad) {
        byte[] payload = tripwires.fill(Fixtures.bytes("/bad-payloads/" + bad.name()));
        check(bad, input -> read(bad, payload));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parserLevelXmlCases")
    void theJaxbEnvelopeRefusesThemAlike(BadPayloadCase bad) {
        check(bad, XmlEnvelopes::unmarshal);
    }

    /** The XML resource cases of a member given twice, which the JAXB envelope's reader must refuse too. */
    static Stream<BadPayloadCase> duplicateXmlResourceCases() {
        return cases().stream().filter(c -> c.format() == PayloadFormat.XML && c.resource()
                && c.kind() == Kind.DUPLICATE);
    }

    /**
     * The envelope parses what StAX parses, so a member given twice reaches its reader, which refuses it as the
     * StAX reader does, located by the envelope's path instead of a line and column.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicateXmlResourceCases")
    void theJaxbEnvelopeReaderRefusesDuplicatesAlike(BadPayloadCase bad) {
        XmlResourceEnvelope envelope = XmlEnvelopes.unmarshal(open(bad));

        UcwaPayloadException failure = assertThrows(UcwaPayloadException.class,
                () -> CODEC.fromEnvelope(envelope, TestConversation.class));

        assertThat(failure.kind()).as("%s: %s", bad, failure.getMessage()).isEqualTo(Kind.DUPLICATE);
        assertThat(failure.location()).as("%s: %s", bad, failure.getMessage()).startsWith("/resource");
    }

    @Test
    void theJaxbEnvelopeStopsALongTextAtTheLimit() {
        BadPayloadCase bad = cases().stream().filter(c -> c.name().equals(LONG_XML_TEXT)).findFirst().orElseThrow();
        CountingInputStream input = new CountingInputStream(open(bad));

        UcwaPayloadException failure = assertThrows(UcwaPayloadException.class, () -> XmlEnvelopes.unmarshal(input));

        assertThat(failure.kind()).isEqualTo(bad.kind());
        assertThat(failure.location()).isEqualTo(bad.location());
        assertThat(input.count()).isLessThanOrEqualTo(bad.maxRead());
    }

    private static void check(BadPayloadCase bad, Function<InputStream, Object> reading) {
        if (bad.generated()) {
            System.gc();
        }
        CountingInputStream input = new CountingInputStream(open(bad));

        long[] allocated = new long[1];
        UcwaPayloadException failure = assertTimeoutPreemptively(ONE_SECOND, () -> {
            long before = allocatedBytes();
            UcwaPayloadException e = assertThrows(UcwaPayloadException.class, () -> reading.apply(input));
            allocated[0] = allocatedBytes() - before;
            return e;
        }, bad.name());

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
        if (bad.resource() && !bad.written()) {
            return bad.typed() ? CODEC.read(input, bad.format(), TestConversation.class)
                    : CODEC.read(input, bad.format());
        }
        try {
            return read(bad, input.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the payload as the case says; a case read and then written in the other format must be read without
     * failure, so that the failure checked is the writer's.
     */
    private static Object read(BadPayloadCase bad, byte[] payload) {
        PayloadFormat format = bad.format();
        PayloadFormat other = format == PayloadFormat.JSON ? PayloadFormat.XML : PayloadFormat.JSON;
        String text = new String(payload, StandardCharsets.UTF_8);
        Object read = switch (bad.reader()) {
            case "typed" -> CODEC.read(payload, format, TestConversation.class);
            case "any" -> CODEC.read(payload, format);
            case "events" -> EVENTS.read(payload, format);
            case "error" -> ErrorBodies.read(payload, format);
            case "input" -> RequestBodies.read(text, format, TestInviteInputBinding.INSTANCE, CODEC);
            default -> throw new IllegalArgumentException(bad.read());
        };
        if (!bad.written()) {
            return read;
        }
        return switch (bad.reader()) {
            case "typed", "any" -> CODEC.writeToString((UcwaResource) read, other);
            case "events" -> EVENTS.writeToString((EventChannelResponse) read, other);
            case "error" -> ErrorBodies.writeToString((UcwaError) read, other);
            default -> RequestBodies.writeToString((RequestInput) read, other);
        };
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
