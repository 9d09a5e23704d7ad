package io.github.ucwakit.client.events;

import static io.github.ucwakit.client.events.ScriptedEventServer.Fault.DROP;
import static io.github.ucwakit.client.events.ScriptedEventServer.Fault.HALF_BODY;
import static io.github.ucwakit.client.events.ScriptedEventServer.Fault.NOT_FOUND;
import static io.github.ucwakit.client.events.ScriptedEventServer.Fault.RESYNC;
import static io.github.ucwakit.client.events.ScriptedEventServer.Fault.STATUS_503;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.client.errors.UcwaErrorException;
import io.github.ucwakit.runtime.PayloadFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The event loop against the scripted event channel, in JSON and in XML: exact delivery (every event once, in
 * order) through dropped connections, half bodies, 503s, empty timeout answers, resync and resume; the query
 * parameters; a stop on 404; a clean close.
 */
class EventChannelTest {

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void everyEventArrivesOnceInOrderThroughEveryFault(PayloadFormat format) throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            for (int n = 1; n <= 12; n++) {
                if (n == 6) {
                    server.empty();
                } else {
                    server.batch(Scripts.batch(n, 3));
                }
            }
            server.fault(2, HALF_BODY).fault(4, STATUS_503, DROP).fault(8, DROP, HALF_BODY).fault(11, STATUS_503);
            List<String> received = Collections.synchronizedList(new ArrayList<>());
            try (EventChannel channel = Scripts.channel(server, format, Scripts.fast().build())) {
                channel.onSender("conversation", event -> received.add(event.link().href())).start();
                List<String> expected = new ArrayList<>();
                for (int n = 1; n <= 12; n++) {
                    if (n != 6) {
                        expected.addAll(Scripts.hrefs(n, n, 3));
                    }
                }
                await(() -> received.size() >= expected.size(), "all 33 events");
                await(() -> server.pendingGets().contains("ack=13"), "the pending GET after the script");
                assertThat(received).containsExactlyElementsOf(expected);
            }
            List<Integer> acks = server.pendingGets().stream().map(q -> Integer.parseInt(q.substring(4))).toList();
            // each ack sent once, and once more after each of its faults: nothing acknowledged twice or skipped
            assertThat(acks).containsExactly(1, 2, 2, 3, 4, 4, 4, 5, 6, 7, 8, 8, 8, 9, 10, 11, 11, 12, 13);
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void resyncReadsTheApplicationAgainAndTellsListenersInOrder(PayloadFormat format) throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            for (int n = 1; n <= 4; n++) {
                server.batch(Scripts.batch(n, 2));
            }
            server.fault(3, RESYNC);
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            try (EventChannel channel = Scripts.channel(server, format, Scripts.fast().build())) {
                channel.onSender("conversation", event -> seen.add(event.link().href()));
                channel.onChannel(new ChannelListener() {
                    @Override
                    public void resynced(Application application) {
                        seen.add("resynced " + application.eventsLink().orElseThrow().href());
                    }
                });
                channel.start();
                await(() -> seen.size() >= 9, "8 events and a resync");
                List<String> expected = new ArrayList<>(Scripts.hrefs(1, 2, 2));
                expected.add("resynced /app/events?ack=1");
                expected.addAll(Scripts.hrefs(3, 4, 2));
                assertThat(seen).containsExactlyElementsOf(expected);
            }
            assertThat(server.requests()).filteredOn("GET /app"::equals).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void resumeTellsListenersAndSendsTheParametersAgainNeverAlteringTheAck(PayloadFormat format) throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            server.eventsLink("/app/events?ack=1&session=a%2Fb");
            server.batch(Scripts.batch(1, 1)).batch(Scripts.batch(2, 1)).resume(Scripts.batch(3, 1))
                    .batch(Scripts.batch(4, 1));
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            EventChannelSettings settings = Scripts.fast().timeout(Duration.ofSeconds(900))
                    .medium(Duration.ofSeconds(300)).low(Duration.ofSeconds(600)).priority(2).build();
            try (EventChannel channel = Scripts.channel(server, format, settings)) {
                channel.onSender("conversation", event -> seen.add(event.link().href()));
                channel.onChannel(new ChannelListener() {
                    @Override
                    public void resumed() {
                        seen.add("resumed");
                    }
                });
                channel.start();
                await(() -> seen.size() >= 5, "4 events and a resume");
                await(() -> server.pendingGets().size() >= 5, "the fifth pending GET");
            }
            assertThat(seen).containsExactly(Scripts.href(1, 1), Scripts.href(2, 1), "resumed", Scripts.href(3, 1),
                    Scripts.href(4, 1));
            assertThat(server.pendingGets()).startsWith(
                    "ack=1&session=a%2Fb&low=600&medium=300&priority=2&timeout=900",
                    "ack=2", "ack=3", "ack=4&low=600&medium=300&priority=2&timeout=900", "ack=5");
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aRefusalTheChannelCannotGoOnAfterStopsItAndTellsWhy(PayloadFormat format) throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            server.batch(Scripts.batch(1, 2)).batch(Scripts.batch(2, 2)).fault(2, NOT_FOUND);
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            List<Optional<Throwable>> stops = Collections.synchronizedList(new ArrayList<>());
            EventChannel channel = Scripts.channel(server, format, Scripts.fast().build());
            channel.onSender("conversation", event -> seen.add(event.link().href()));
            channel.onChannel(new ChannelListener() {
                @Override
                public void stopped(Optional<Throwable> failure) {
                    stops.add(failure);
                }
            });
            channel.start();
            try {
                channel.stopped().get(10, TimeUnit.SECONDS);
                fail("the channel should have stopped with the 404");
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(UcwaErrorException.class);
                assertThat(((UcwaErrorException) e.getCause()).subcode()).contains("ApplicationNotFound");
            }
            assertThat(seen).containsExactlyElementsOf(Scripts.hrefs(1, 1, 2));
            assertThat(stops).hasSize(1);
            assertThat(stops.get(0)).containsInstanceOf(UcwaErrorException.class);
            channel.close();
            assertNoChannelThread();
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void closeAbortsThePendingGetDeliversWhatArrivedAndLeavesNoThread(PayloadFormat format) throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            server.batch(Scripts.batch(1, 2));
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            List<Optional<Throwable>> stops = Collections.synchronizedList(new ArrayList<>());
            EventChannel channel = Scripts.channel(server, format, Scripts.fast().build());
            channel.onSender("conversation", event -> seen.add(event.link().href()));
            channel.onChannel(new ChannelListener() {
                @Override
                public void stopped(Optional<Throwable> failure) {
                    stops.add(failure);
                }
            });
            channel.start();
            await(() -> server.pendingGets().contains("ack=2"), "the pending GET held by the server");
            long start = System.nanoTime();
            channel.close();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(channel.stopped()).isCompleted();
            assertThat(seen).containsExactlyElementsOf(Scripts.hrefs(1, 1, 2));
            assertThat(stops).containsExactly(Optional.empty());
            assertNoChannelThread();
            channel.close();
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aListenerThatThrowsStopsNeitherTheOthersNorTheChannel(PayloadFormat format) throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            server.batch(Scripts.batch(1, 3)).batch(Scripts.batch(2, 3));
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger thrown = new AtomicInteger();
            try (EventChannel channel = Scripts.channel(server, format, Scripts.fast().build())) {
                channel.onSender("conversation", event -> {
                    thrown.incrementAndGet();
                    throw new IllegalStateException("a listener's own bug");
                });
                channel.onSender("conversation", event -> seen.add(event.link().href()));
                channel.start();
                await(() -> seen.size() >= 6, "6 events");
            }
            assertThat(seen).containsExactlyElementsOf(Scripts.hrefs(1, 2, 3));
            assertThat(thrown).hasValue(6);
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aPendingGetHeldPastItsTimeoutIsSentAgainWithTheSameAck(PayloadFormat format) throws Exception {
        try (ScriptedEventServer server = new ScriptedEventServer()) {
            server.batch(Scripts.batch(1, 2));
            List<String> received = Collections.synchronizedList(new ArrayList<>());
            // the server never answers ack=2: each pending GET times out on the client after timeout + grace
            EventChannelSettings settings = Scripts.fast().timeout(Duration.ZERO).grace(Duration.ofMillis(300))
                    .build();
            try (EventChannel channel = Scripts.channel(server, format, settings)) {
                channel.onSender("conversation", event -> received.add(event.link().href())).start();
                await(() -> server.pendingGets().stream().filter(q -> q.startsWith("ack=2")).count() >= 3,
                        "three pending GETs with ack=2");
            }
            assertThat(received).containsExactlyElementsOf(Scripts.hrefs(1, 1, 2));
            assertThat(server.pendingGets()).first().isEqualTo("ack=1&timeout=0");
            assertThat(server.pendingGets()).element(1).isEqualTo("ack=2");
            assertThat(server.pendingGets()).allMatch(q -> q.startsWith("ack=1") || q.equals("ack=2"));
        }
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited 20 s for " + what);
            }
            Thread.sleep(5);
        }
    }

    static void assertNoChannelThread() {
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(Thread::isAlive)
                .extracting(Thread::getName).noneMatch(name -> name.startsWith("ucwa-events-"));
    }

    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
