package io.github.ucwakit.benchmarks.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The event-loop benchmark's rig delivers what it emits, and the memory measurement gives a plausible figure. */
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

    @Test
    void anIdleConversationCostsSomeBytesAndNotKilobytes() throws Exception {
        long bytes = IdleConversationMemory.bytesPerConversation(2000);
        System.out.println("event loop: " + bytes + " bytes held per idle conversation (2000 conversations)");
        assertThat(bytes).isBetween(1L, 4096L);
    }
}
