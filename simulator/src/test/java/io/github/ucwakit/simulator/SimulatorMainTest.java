package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.PayloadFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The command's options and what it prints. */
class SimulatorMainTest {

    @Test
    void theOptionsConfigureTheSimulatorAndItPrintsWhatAClientNeeds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (UcwaSimulator simulator = SimulatorMain.start(new String[] {"--port", "0", "--user", "bob@fabrikam.com",
                "--password", "s3cret", "--latency", "20"}, new PrintStream(out, true,
                StandardCharsets.UTF_8))) {
            assertThat(simulator.userName()).isEqualTo("bob@fabrikam.com");
            assertThat(simulator.password()).isEqualTo("s3cret");
            assertThat(simulator.faults().latency()).isEqualTo(Duration.ofMillis(20));
            Wire wire = new Wire(simulator, PayloadFormat.JSON);
            assertThat(wire.signIn()).as("signs in with the user and password given").endsWith(
                    "/ucwa/oauth/v1/applications");

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            SimulatorMain.describe(simulator, new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
                    "UCWA simulator running",
                    "  root URL: " + simulator.rootUri(),
                    "  user:     bob@fabrikam.com",
                    "  password: s3cret",
                    "Stop with Ctrl-C.", ""));
        }
        assertThat(out.size()).isZero();
    }

    @Test
    void redirectMakesAutodiscoveryRedirectFirst() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (UcwaSimulator simulator = SimulatorMain.start(new String[] {"--redirect"}, out)) {
            String root = new Wire(simulator, PayloadFormat.JSON).get(simulator.rootUri().toString()).body();
            assertThat(root).contains("\"redirect\"").doesNotContain("\"user\"");
        }
    }

    @Test
    void helpPrintsTheUsageAndStartsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(SimulatorMain.start(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isNull();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: ucwa-simulator [--port N]");
    }

    @Test
    void badOptionsAreRefusedWithTheirReason() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--bogus"}, out))
                .hasMessage("unknown option --bogus");
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--port"}, out))
                .hasMessage("--port needs a value");
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--port", "eighty"}, out))
                .hasMessage("--port needs a whole number: eighty");
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--port", "70000"}, out))
                .hasMessage("not a port: 70000");
    }
}
