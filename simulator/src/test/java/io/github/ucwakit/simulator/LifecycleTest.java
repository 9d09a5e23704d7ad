package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.runtime.PayloadFormat;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starting and stopping: no thread and no port left behind, by the simulator or its JUnit extension. */
class LifecycleTest {

    @Test
    void closeEndsEveryThreadAndFreesThePortEvenWithAPollWaiting() throws Exception {
        int dispatchersBefore = threads("HTTP-Dispatcher");
        UcwaSimulator simulator = UcwaSimulator.builder().longestPoll(Duration.ofSeconds(60)).build().start();
        int port = simulator.port();
        Wire wire = new Wire(simulator, PayloadFormat.JSON);
        Application application = wire.application();
        CompletableFuture<Integer> poll = CompletableFuture.supplyAsync(() -> {
            try {
                return wire.get(application.eventsLink().orElseThrow().href() + "&timeout=60").statusCode();
            } catch (RuntimeException e) {
                return -1;
            }
        });
        while (threads(simulator.threadNamePrefix()) < 1) {
            Thread.sleep(10);
        }
        long start = System.nanoTime();
        simulator.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(poll.get(10, TimeUnit.SECONDS)).isIn(200, -1);
        assertThat(threads(simulator.threadNamePrefix())).isZero();
        assertThat(threads("HTTP-Dispatcher")).isEqualTo(dispatchersBefore);
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(IOException.class);
        simulator.close();
    }

    @Test
    void theExtensionStartsBeforeAndStopsAfter() throws Exception {
        UcwaSimulatorExtension extension = new UcwaSimulatorExtension();
        extension.beforeAll(null);
        UcwaSimulator simulator = extension.simulator();
        assertThat(new Wire(simulator, PayloadFormat.XML).get(simulator.rootUri().toString()).statusCode())
                .isEqualTo(200);
        simulator.faults().conflict(3);
        extension.afterEach(null);
        assertThat(simulator.faults().takeConflict()).as("switches reset after each test").isFalse();
        extension.afterAll(null);
        assertThat(threads(simulator.threadNamePrefix())).isZero();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), simulator.port()).close())
                .isInstanceOf(IOException.class);
        assertThatThrownBy(extension::simulator).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInstanceExtensionRunsOneSimulatorPerTest() {
        UcwaSimulatorExtension extension = new UcwaSimulatorExtension();
        extension.beforeEach(null);
        UcwaSimulator first = extension.simulator();
        extension.afterEach(null);
        extension.beforeEach(null);
        UcwaSimulator second = extension.simulator();
        extension.afterEach(null);
        assertThat(second).isNotSameAs(first);
        assertThat(threads(first.threadNamePrefix()) + threads(second.threadNamePrefix())).isZero();
    }

    private static int threads(String prefix) {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith(prefix))
                .count();
    }
}
