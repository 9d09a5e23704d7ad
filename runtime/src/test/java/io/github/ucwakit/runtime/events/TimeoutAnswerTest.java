package io.github.ucwakit.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An answer with no events (a P-GET's timeout) holds just its links, as {@code EventsInUCWA.md} says: written without
 * a {@code sender} member, and read back equal, in both formats; a {@code sender} array that is there but empty
 * reads the same.
 */
class TimeoutAnswerTest {

    private final EventChannelCodec codec = new EventChannelCodec(UcwaCodec.of(new TestBindings().bindings()));
    private final EventChannelResponse timeout = EventChannelResponse.builder()
            .self(Link.of("self", "/ucwa/oauth/v1/applications/102/events?ack=2"))
            .link(Link.of("next", "/ucwa/oauth/v1/applications/102/events?ack=3"))
            .build();

    @Test
    void theJsonAnswerHoldsJustItsLinks() {
        assertThat(codec.writeToString(timeout, PayloadFormat.JSON)).isEqualTo("{\"_links\":{"
                + "\"self\":{\"href\":\"/ucwa/oauth/v1/applications/102/events?ack=2\"},"
                + "\"next\":{\"href\":\"/ucwa/oauth/v1/applications/102/events?ack=3\"}}}");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void readsBackEqual(PayloadFormat format) {
        EventChannelResponse read = codec.read(codec.writeToString(timeout, format), format);

        assertThat(read.senders()).isEmpty();
        assertThat(read.self()).isEqualTo(timeout.self());
        assertThat(read.links()).isEqualTo(List.of(Link.of("next", "/ucwa/oauth/v1/applications/102/events?ack=3")));
    }

    @Test
    void anEmptySenderArrayReadsTheSame() {
        String json = "{\"_links\":{\"next\":{\"href\":\"/e?ack=3\"}},\"sender\":[]}";

        assertThat(codec.read(json, PayloadFormat.JSON).senders()).isEmpty();
        assertThat(codec.writeToString(codec.read(json, PayloadFormat.JSON), PayloadFormat.JSON))
                .isEqualTo("{\"_links\":{\"next\":{\"href\":\"/e?ack=3\"}}}");
    }
}
