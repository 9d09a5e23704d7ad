package io.github.ucwakit.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.MeLinks;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.client.http.RetryPolicy;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.simulator.UcwaSimulator;
import io.github.ucwakit.simulator.UcwaSimulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retries and re-authentication under the simulator's injected faults, observed in the client's log (the retries
 * it made, the new sign-in) and in the outcome.
 */
class SimulatorFaultsTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    private static final Logger CLIENT = Logger.getLogger("io.github.ucwakit.client");

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            log.add(formatter.formatMessage(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level previous;

    @BeforeEach
    void captureLog() {
        previous = CLIENT.getLevel();
        CLIENT.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        CLIENT.addHandler(capture);
    }

    @AfterEach
    void restoreLog() {
        CLIENT.removeHandler(capture);
        CLIENT.setLevel(previous);
    }

    private static UcwaClient client(UcwaSimulator simulator, PayloadFormat format) {
        return UcwaClient.builder(simulator.rootUri()).format(format)
                .password(simulator.userName(), simulator.password())
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(20)).maxDelay(Duration.ofMillis(100))
                        .build())
                .build();
    }

    private long count(String text) {
        return log.stream().filter(line -> line.contains(text)).count();
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void unavailableAnswersAreWaitedOutAsRetryAfterAsks(PayloadFormat format) {
        UcwaSimulator simulator = SIMULATOR.simulator();
        UcwaClient client = client(simulator, format);
        Application application = client.signIn();
        simulator.faults().unavailable(2, Duration.ofSeconds(1));

        long start = System.nanoTime();
        Me me = client.follow(application.me().orElseThrow(), MeLinks.SELF);

        assertThat(me.uri()).isEqualTo("sip:" + simulator.userName());
        assertThat(count("answered 503; sending it again")).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aSignInPostIsSentAgainAfter503WithRetryAfter(PayloadFormat format) {
        UcwaSimulator simulator = SIMULATOR.simulator();
        UcwaClient client = client(simulator, format);
        simulator.faults().unavailable(1, Duration.ofSeconds(0));

        client.signIn();

        assertThat(count("answered 503; sending it again")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aDroppedConnectionIsRetriedForAGet(PayloadFormat format) {
        UcwaSimulator simulator = SIMULATOR.simulator();
        UcwaClient client = client(simulator, format);
        Application application = client.signIn();

        // the JDK's client itself sends a GET again once when its connection closes before any answer: the
        // client's own retry shows from the second drop of one attempt on
        simulator.faults().dropConnections(3);
        Me me = client.follow(application.me().orElseThrow(), MeLinks.SELF);
        assertThat(me.uri()).isEqualTo("sip:" + simulator.userName());
        assertThat(count("got no response")).isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void anExpiredTokenIsRenewedOnceAndTheCallSucceeds(PayloadFormat format) {
        UcwaSimulator simulator = SIMULATOR.simulator();
        UcwaClient client = client(simulator, format);
        Application application = client.signIn();
        simulator.faults().expireTokens();

        Me me = client.follow(application.me().orElseThrow(), MeLinks.SELF);

        assertThat(me.uri()).isEqualTo("sip:" + simulator.userName());
        assertThat(count("the server refused the token; signing in again")).isEqualTo(1);
    }
}
