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
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The kinds of payload the runtime reads and writes, each with its real sample payloads in both formats. */
enum PayloadKind {

    /** Resources, read by their rel (the test conversation and participant, anything else generically). */
    RESOURCE("/seed/conversation", "/fixtures/conversation-embedded"),
    /** Event-channel responses. */
    EVENTS("/fixtures/events"),
    /** Error bodies. */
    ERROR("/fixtures/error"),
    /** Request bodies, read as the test invitation input. */
    INPUT("/fixtures/input");

    static final UcwaCodec CODEC = UcwaCodec.of(new TestBindings().bindings());
    static final EventChannelCodec EVENT_CODEC = new EventChannelCodec(CODEC);

    private final List<String> samples;

    PayloadKind(String... samples) {
        this.samples = List.of(samples);
    }

    /** The sample payloads of this kind in a format, as test resource names. */
    List<String> samples(PayloadFormat format) {
        String extension = format == PayloadFormat.JSON ? ".json" : ".xml";
        return samples.stream().map(sample -> sample + extension).toList();
    }

    /** Reads a payload from bytes, as a client reads a response body. */
    Object read(byte[] payload, PayloadFormat format) {
        return switch (this) {
            case RESOURCE -> CODEC.read(payload, format);
            case EVENTS -> EVENT_CODEC.read(payload, format);
            case ERROR -> ErrorBodies.read(payload, format);
            case INPUT -> RequestBodies.read(new String(payload, StandardCharsets.UTF_8), format,
                    TestInviteInputBinding.INSTANCE, CODEC);
        };
    }

    /** Reads a payload from text. */
    Object read(String payload, PayloadFormat format) {
        return switch (this) {
            case RESOURCE -> CODEC.read(payload, format);
            case EVENTS -> EVENT_CODEC.read(payload, format);
            case ERROR -> ErrorBodies.read(payload, format);
            case INPUT -> RequestBodies.read(payload, format, TestInviteInputBinding.INSTANCE, CODEC);
        };
    }

    /** Writes what {@link #read} gave. */
    String write(Object value, PayloadFormat format) {
        return switch (this) {
            case RESOURCE -> CODEC.writeToString((UcwaResource) value, format);
            case EVENTS -> EVENT_CODEC.writeToString((EventChannelResponse) value, format);
            case ERROR -> ErrorBodies.writeToString((UcwaError) value, format);
            case INPUT -> RequestBodies.writeToString((RequestInput) value, format);
        };
    }

    static PayloadFormat other(PayloadFormat format) {
        return format == PayloadFormat.JSON ? PayloadFormat.XML : PayloadFormat.JSON;
    }
}
