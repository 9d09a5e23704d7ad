package io.github.ucwakit.client.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reconnection waits: exponential, capped, jittered between half and all, and reset by a success. */
class BackoffTest {

    @Test
    void waitsDoubleUpToTheCapWithJitterAndStartAgainAfterASuccess() {
        Backoff lowest = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.0);
        assertThat(lowest.next()).isEqualTo(Duration.ofMillis(50));
        assertThat(lowest.next()).isEqualTo(Duration.ofMillis(100));
        assertThat(lowest.next()).isEqualTo(Duration.ofMillis(200));
        assertThat(lowest.next()).isEqualTo(Duration.ofMillis(400));
        assertThat(lowest.next()).isEqualTo(Duration.ofMillis(500));
        assertThat(lowest.failures()).isEqualTo(5);
        lowest.reset();
        assertThat(lowest.next()).isEqualTo(Duration.ofMillis(50));

        Backoff highest = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.999999);
        assertThat(highest.next()).isEqualTo(Duration.ofMillis(99));
        assertThat(highest.next()).isEqualTo(Duration.ofMillis(199));
        assertThat(highest.next()).isEqualTo(Duration.ofMillis(399));
        assertThat(highest.next()).isEqualTo(Duration.ofMillis(799));
        for (int i = 0; i < 60; i++) {
            assertThat(highest.next()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        }
    }
}
