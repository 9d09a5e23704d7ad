package io.github.ucwakit.client.events;

import static io.github.ucwakit.client.events.EventChannelTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A slow listener and many events: the queue fills, the poller holds its next pending GET back (so the server keeps
 * the events unacknowledged), and every event still arrives once, in order.
 */
class BackPressureTest {

    private static final int BATCHES = 100;
    private static final int PER_BATCH = 5;
    private static final int CAPACITY = 10;

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aSlowListenerHoldsThePollerBackAndLosesNothing(PayloadFormat format) throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            for (int n = 1; n <= BATCHES; n++) {
                server.batch(Scripts.batch(n, PER_BATCH));
            }
            List<String> received = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger mostUndelivered = new AtomicInteger();
            // when the pending GET with ack=a arrives, the batches before it have been acknowledged
            server.onPendingGet(ack -> mostUndelivered.accumulateAndGet(PER_BATCH * (ack - 1) - received.size(),
                    Math::max));
            EventChannelSettings settings = Scripts.fast().queueCapacity(CAPACITY).build();
            try (EventChannel channel = Scripts.channel(server, format, settings)) {
                channel.onSender("conversation", event -> {
                    Thread.sleep(1);
                    received.add(event.link().href());
                }).start();
                await(() -> received.size() >= BATCHES * PER_BATCH, "every event");
            }
            assertThat(received).containsExactlyElementsOf(Scripts.hrefs(1, BATCHES, PER_BATCH));
            System.out.println("back pressure: at most " + mostUndelivered.get() + " events acknowledged and not yet"
                    + " delivered (queue of " + CAPACITY + ", batches of " + PER_BATCH + ")");
            // at most the queue's capacity, and the batch the dispatcher is working through
            assertThat(mostUndelivered.get()).isLessThanOrEqualTo(CAPACITY + PER_BATCH);
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aStuckListenerStopsThePollingOnceTheQueueIsFullAndReleasingItResumesIt(PayloadFormat format)
            throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            for (int n = 1; n <= 10; n++) {
                server.batch(Scripts.batch(n, PER_BATCH));
            }
            List<String> received = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch release = new CountDownLatch(1);
            EventChannelSettings settings = Scripts.fast().queueCapacity(CAPACITY).build();
            try (EventChannel channel = Scripts.channel(server, format, settings)) {
                channel.onSender("conversation", event -> {
                    release.await();
                    received.add(event.link().href());
                }).start();
                await(() -> server.pendingGets().size() >= 4 && channel.queued() == CAPACITY, "a full queue");
                Thread.sleep(300);
                // batch 1 in the dispatcher's hands, 2 and 3 queued, 4 received and waiting for room: ack=5 unsent
                assertThat(server.pendingGets()).containsExactly("ack=1", "ack=2", "ack=3", "ack=4");
                assertThat(received).isEmpty();
                release.countDown();
                await(() -> received.size() >= 10 * PER_BATCH, "every event");
                await(() -> server.pendingGets().contains("ack=11"), "the pending GET after the script");
            }
            assertThat(received).containsExactlyElementsOf(Scripts.hrefs(1, 10, PER_BATCH));
        }
    }
}
