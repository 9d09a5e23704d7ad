package io.github.ucwakit.benchmarks.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The event-loop benchmark's rig delivers what it emits, the latency measurement gives one sample per event produced
 * (a second delivery of one fails it), and the memory measurement gives a plausible figure.
 */
@Timeout(120)
class EventLoopRigTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void everyEmittedEventReachesItsConversationsListener(int conversations) throws Exception {
        try (EventLoopRig rig = EventLoopRig.start(conversations)) {
            rig.emitAndAwait(1000, conversations);
            rig.emitAndAwait(1, conversations);
            assertThat(rig.received()).isEqualTo(1001);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void everyEventProducedGetsExactlyOneLatency(int conversations) throws Exception {
        EventLatency.Result result = EventLatency.measure(conversations, 100, 300);
        System.out.println(result);
        int rounds = Math.max(1, 300 / conversations);
        assertThat(result.nanos()).hasSize(rounds * conversations);
        assertThat(result.nanos()[0]).as("the shortest latency").isPositive();
        assertThat(result.quantile(0.5)).isLessThanOrEqualTo(result.quantile(0.99));
    }

    @Test
    void quantilesAreNearestRank() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertThat(LatencyProbe.quantile(sorted, 0.5)).isEqualTo(50);
        assertThat(LatencyProbe.quantile(sorted, 0.9)).isEqualTo(90);
        assertThat(LatencyProbe.quantile(sorted, 0.99)).isEqualTo(100);
        assertThat(LatencyProbe.quantile(sorted, 0.0)).isEqualTo(10);
    }

    @Test
    void anIdleConversationCostsSomeBytesAndNotKilobytes() throws Exception {
        long bytes = IdleConversationMemory.bytesPerConversation(2000);
        System.out.println("event loop: " + bytes + " bytes held per idle conversation (2000 conversations)");
        assertThat(bytes).isBetween(1L, 4096L);
    }
}
