package io.github.ucwakit.client.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pending GET's link is the server's, with the client's parameters added only when due. */
class ContinuationTest {

    private static final Map<String, String> PARAMETERS = Map.of("timeout", "900", "low", "600");

    @Test
    void parametersAreAppendedWithoutTouchingTheRestOfTheQuery() {
        assertThat(Continuation.withParameters("/app/events?ack=5", PARAMETERS))
                .isEqualTo("/app/events?ack=5&low=600&timeout=900");
        assertThat(Continuation.withParameters("/app/events?ack=5&x=a%2Fb&&timeout=180#f", PARAMETERS))
                .isEqualTo("/app/events?ack=5&x=a%2Fb&low=600&timeout=900#f");
        assertThat(Continuation.withParameters("/app/events", PARAMETERS))
                .isEqualTo("/app/events?low=600&timeout=900");
        assertThat(Continuation.withParameters("/app/events?%74imeout=1&ack=7", PARAMETERS))
                .isEqualTo("/app/events?ack=7&low=600&timeout=900");
    }

    @Test
    void parametersGoOnTheFirstRequestAndAfterAResumeOnly() {
        Continuation continuation = new Continuation("/e?ack=1", PARAMETERS);
        assertThat(continuation.request()).isEqualTo("/e?ack=1&low=600&timeout=900");
        assertThat(continuation.request()).as("sent again after a failure").isEqualTo("/e?ack=1&low=600&timeout=900");
        continuation.follow("/e?ack=2", false);
        assertThat(continuation.request()).isEqualTo("/e?ack=2");
        continuation.follow("/e?ack=3", true);
        assertThat(continuation.request()).isEqualTo("/e?ack=3&low=600&timeout=900");
        assertThat(continuation.href()).isEqualTo("/e?ack=3");
    }

    @Test
    void withoutParametersTheLinkIsSentAsGiven() {
        Continuation continuation = new Continuation("/e?ack=1&y=%20", Map.of());
        assertThat(continuation.request()).isEqualTo("/e?ack=1&y=%20");
    }

    @Test
    void settingsSendOnlyWhatIsSetAndBoundThePendingGetPastTheServerTimeout() {
        assertThat(EventChannelSettings.defaults().queryParameters()).isEmpty();
        assertThat(EventChannelSettings.defaults().requestTimeout()).isEqualTo(Duration.ofSeconds(210));
        EventChannelSettings set = EventChannelSettings.builder().timeout(Duration.ofSeconds(900)).priority(3)
                .grace(Duration.ofSeconds(5)).build();
        assertThat(set.queryParameters()).containsExactly(Map.entry("timeout", "900"), Map.entry("priority", "3"));
        assertThat(set.requestTimeout()).isEqualTo(Duration.ofSeconds(905));
    }
}
