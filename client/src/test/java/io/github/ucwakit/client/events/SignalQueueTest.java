package io.github.ucwakit.client.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.client.events.ChannelSignal.Batch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The queue between poller and dispatcher: counted in events, blocking the poller when full. */
class SignalQueueTest {

    @Test
    void aBatchWaitsForRoomSignalsDoNotAndCloseReleasesEveryone() throws Exception {
        SignalQueue queue = new SignalQueue(4);
        assertThat(queue.put(new Batch(Scripts.batch(1, 3)))).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> put(queue, new Batch(Scripts.batch(2, 3))));
        Thread.sleep(100);
        assertThat(second).as("3 + 3 events do not fit in 4").isNotDone();
        assertThat(queue.put(new ChannelSignal.Resumed())).isTrue();
        assertThat(queue.take()).isInstanceOf(Batch.class);
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(queue.take()).isInstanceOf(ChannelSignal.Resumed.class);
        assertThat(queue.events()).isEqualTo(3);

        CompletableFuture<Boolean> large = CompletableFuture.supplyAsync(() -> put(queue, new Batch(Scripts.batch(3, 9))));
        Thread.sleep(100);
        assertThat(large).as("a batch larger than the queue waits until the queue is empty").isNotDone();
        assertThat(queue.take()).isInstanceOf(Batch.class);
        assertThat(large.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(queue.events()).isEqualTo(9);

        queue.close();
        assertThat(queue.put(new ChannelSignal.Resumed())).as("closed").isFalse();
        assertThat(queue.take()).isInstanceOf(Batch.class);
        assertThat(queue.take()).as("closed and empty").isNull();
    }

    private static boolean put(SignalQueue queue, ChannelSignal signal) {
        try {
            return queue.put(signal);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
