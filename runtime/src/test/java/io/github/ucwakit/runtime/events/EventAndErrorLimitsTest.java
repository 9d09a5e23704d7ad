package io.github.ucwakit.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.ReadLimits;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Event-channel responses are read under the limits of the codec they are given, and error bodies under the
 * default limits, whether read from a String, bytes or a stream.
 */
class EventAndErrorLimitsTest {

    private static final UcwaCodec CODEC = UcwaCodec.of(new TestBindings().bindings());
    private static final String NAMESPACE = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

    private static String events(PayloadFormat format, String href) {
        return format == PayloadFormat.JSON
                ? "{\"_links\": {\"self\": {\"href\": \"" + href + "\"}}, \"sender\": []}"
                : "<events href=\"" + href + "\" xmlns=\"" + NAMESPACE + "\"></events>";
    }

    /** The three ways a payload is read: as a String, as bytes and from a stream. */
    private static List<Function<String, Object>> readers(EventChannelCodec codec, PayloadFormat format) {
        return List.of(
                payload -> codec.read(payload, format),
                payload -> codec.read(payload.getBytes(StandardCharsets.UTF_8), format),
                payload -> codec.read(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), format));
    }

    private static void assertLimitExceeded(Function<String, Object> read, String payload) {
        assertThatThrownBy(() -> read.apply(payload)).isInstanceOf(UcwaPayloadException.class)
                .extracting(e -> ((UcwaPayloadException) e).kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void eventsWithinTheCodecsLimitsAreRead(PayloadFormat format) {
        EventChannelCodec codec = new EventChannelCodec(CODEC.withLimits(ReadLimits.defaults()
                .withMaxStringLength(20).withMaxDocumentSize(200)));
        for (Function<String, Object> read : readers(codec, format)) {
            assertThat(read.apply(events(format, "/events?ack=1"))).isInstanceOf(EventChannelResponse.class);
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void eventsRefuseAStringLongerThanTheCodecAllows(PayloadFormat format) {
        EventChannelCodec codec = new EventChannelCodec(CODEC.withLimits(ReadLimits.defaults()
                .withMaxStringLength(20)));
        for (Function<String, Object> read : readers(codec, format)) {
            assertLimitExceeded(read, events(format, "/events?ack=" + "1".repeat(40)));
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void eventsRefuseADocumentLargerThanTheCodecAllows(PayloadFormat format) {
        EventChannelCodec codec = new EventChannelCodec(CODEC.withLimits(ReadLimits.defaults()
                .withMaxDocumentSize(200)));
        for (Function<String, Object> read : readers(codec, format)) {
            assertLimitExceeded(read, events(format, "/events?pad=" + "x".repeat(300)));
        }
    }

    @Test
    void jsonEventsRefuseNestingDeeperThanTheDefaultLimit() {
        String deep = "[".repeat(150) + "1" + "]".repeat(150);
        String payload = "{\"_links\": {\"self\": {\"href\": \"/e\"}, \"next\": {\"href\": \"/n\", \"other\": " + deep
                + "}}, \"sender\": []}";
        for (Function<String, Object> read : readers(new EventChannelCodec(CODEC), PayloadFormat.JSON)) {
            assertLimitExceeded(read, payload);
        }
    }

    @Test
    void errorBodiesRefuseNestingDeeperThanTheDefaultLimit() {
        String json = "{\"code\": \"Conflict\", \"other\": " + "[".repeat(150) + "1" + "]".repeat(150) + "}";
        String xml = "<reason xmlns=\"" + NAMESPACE + "\">" + "<x>".repeat(150) + "</x>".repeat(150) + "</reason>";

        assertLimitExceeded(payload -> ErrorBodies.read(payload, PayloadFormat.JSON), json);
        assertLimitExceeded(payload -> ErrorBodies.read(payload.getBytes(StandardCharsets.UTF_8),
                PayloadFormat.JSON), json);
        assertLimitExceeded(payload -> ErrorBodies.read(payload, PayloadFormat.XML), xml);
        assertLimitExceeded(payload -> ErrorBodies.read(new ByteArrayInputStream(
                payload.getBytes(StandardCharsets.UTF_8)), PayloadFormat.XML), xml);
    }

    @Test
    void errorBodiesRefuseADocumentLargerThanSixteenMebibytes() {
        String json = "{\"code\": \"Conflict\", \"message\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}";

        assertLimitExceeded(payload -> ErrorBodies.read(payload, PayloadFormat.JSON), json);
    }
}
