package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.ApplicationsInput;
import io.github.ucwakit.api.ApplicationsOperations;
import io.github.ucwakit.api.CommunicationOperations;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.ErrorEntry;
import io.github.ucwakit.runtime.errors.UcwaError;
import io.github.ucwakit.runtime.operations.RequestBodies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each fault switch, seen from a bare HTTP client. */
class FaultsTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    @Test
    void latencyDelaysEveryResponse(UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, PayloadFormat.JSON);
        simulator.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(wire.get(simulator.rootUri().toString()).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        simulator.faults().latency(Duration.ZERO);
        assertThat(simulator.faults().latency()).isZero();
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void unavailableAnswers503WithRetryAfterThenRecovers(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        simulator.faults().unavailable(2, Duration.ofSeconds(3));
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = wire.get(simulator.rootUri().toString());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
            assertThat(ErrorBodies.read(response.body(), format).code()).isEqualTo("ServiceUnavailable");
        }
        assertThat(wire.get(simulator.rootUri().toString()).statusCode()).isEqualTo(200);
    }

    @Test
    void aDroppedConnectionClosesWithoutAResponse(UcwaSimulator simulator) throws IOException {
        simulator.faults().dropConnections(1);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.port())) {
            socket.getOutputStream().write(("GET /autodiscover/root HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(5000);
            assertThat(socket.getInputStream().read()).as("end of stream, no byte of a response").isEqualTo(-1);
        }
        assertThat(new Wire(simulator, PayloadFormat.JSON).get(simulator.rootUri().toString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void droppedConnectionsFailAClientThatRetriesOnce(UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, PayloadFormat.JSON);
        simulator.faults().dropConnections(2);
        assertThatThrownBy(() -> wire.get(simulator.rootUri().toString()))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(wire.get(simulator.rootUri().toString()).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aForcedConflictIsTheOperationsOwn409Row(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        String applications = wire.signIn();
        simulator.faults().conflict(1);
        ApplicationsInput input = ApplicationsInput.builder().userAgent("faults/1.0").endpointId("e-" + format)
                .culture("en-US").build();
        HttpResponse<String> response = wire.post(applications, wire.mediaType(),
                RequestBodies.writeToString(input, format));
        assertThat(response.statusCode()).isEqualTo(409);
        UcwaError error = ErrorBodies.read(response.body(), format);
        ErrorEntry first409 = ApplicationsOperations.POST.errors().entries().stream()
                .filter(entry -> entry.status() == 409).findFirst().orElseThrow();
        assertThat(ApplicationsOperations.POST.errors().match(409, error)).hasValue(first409);
        assertThat(wire.post(applications, wire.mediaType(), RequestBodies.writeToString(input, format))
                .statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void everyRowOfAnErrorTableCanBeProvoked(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        String communication = wire.application().communication().orElseThrow().self().orElseThrow().href();
        List<ErrorEntry> rows = CommunicationOperations.GET.errors().entries();
        assertThat(rows).isNotEmpty();
        for (ErrorEntry row : rows) {
            simulator.faults().failWith(row, 1);
            HttpResponse<String> response = wire.get(communication);
            UcwaError error = ErrorBodies.read(response.body(), format);
            assertThat(response.statusCode()).isEqualTo(row.status());
            assertThat(row.matches(response.statusCode(), error)).as("%s", row).isTrue();
            assertThat(error.message()).hasValue(row.description());
        }
        assertThat(wire.get(communication).statusCode()).isEqualTo(200);
    }

    @Test
    void resetTurnsEverySwitchOff(UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, PayloadFormat.JSON);
        simulator.faults().unavailable(5, Duration.ofSeconds(1)).dropConnections(5).conflict(5)
                .preconditionFailed(5).failWith(ApplicationsOperations.POST.errors().entries().get(0), 5)
                .latency(Duration.ofSeconds(5)).reset();
        long start = System.nanoTime();
        assertThat(wire.get(simulator.rootUri().toString()).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(simulator.faults().takeConflict()).isFalse();
        assertThat(simulator.faults().takePreconditionFailure()).isFalse();
        assertThat(simulator.faults().takeForcedRow()).isEmpty();
    }
}
