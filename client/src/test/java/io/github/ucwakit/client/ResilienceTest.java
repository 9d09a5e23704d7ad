package io.github.ucwakit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.AddParticipantInput;
import io.github.ucwakit.api.AddParticipantOperations;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.client.errors.UcwaErrorException;
import io.github.ucwakit.client.errors.UcwaTransportException;
import io.github.ucwakit.client.http.RetryPolicy;
import io.github.ucwakit.client.testing.FakeServer.Reply;
import io.github.ucwakit.client.testing.SignedIn;
import io.github.ucwakit.runtime.PayloadFormat;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Retries, timeouts and what is never retried, against a fake server. */
class ResilienceTest {

    private static final String ME = "/ucwa/oauth/v1/applications/105/me";
    private static final String ADD = "/ucwa/oauth/v1/applications/105/communication/conversations/1/participants";

    private static RetryPolicy fast() {
        return RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(50)).build();
    }

    /** Answers with the replies in turn, the last one from then on. */
    private static Function<io.github.ucwakit.client.testing.FakeServer.Recorded, Reply> inTurn(Reply... replies) {
        AtomicInteger next = new AtomicInteger();
        return request -> replies[Math.min(next.getAndIncrement(), replies.length - 1)];
    }

    private static AddParticipantInput input() {
        return AddParticipantInput.builder().to("sip:john@contoso.com").build();
    }

    @Test
    void aGetIsRetriedAfter503AndAfterADroppedConnection() throws Exception {
        try (SignedIn s = SignedIn.start(PayloadFormat.JSON, b -> b.retryPolicy(fast()))) {
            Reply me = s.ucwa().body(200, Me.builder().name("Lene").build());
            s.server().on(ME, inTurn(Reply.status(503), Reply.dropped(), me));

            Tagged<Me> read = s.client().get(SignedIn.link("me", ME), Me.class);

            assertThat(read.value().name()).isEqualTo("Lene");
            assertThat(s.server().requests(ME)).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void aPostIsRetriedOnlyAfter503WithRetryAfter() throws Exception {
        try (SignedIn s = SignedIn.start(PayloadFormat.JSON, b -> b.retryPolicy(fast()))) {
            s.server().on(ADD, inTurn(Reply.status(503).header("Retry-After", "0"), Reply.status(201)));

            UcwaResponse<?> created = s.client().call(AddParticipantOperations.POST, SignedIn.link("addParticipant", ADD),
                    input());

            assertThat(created.status()).isEqualTo(201);
            assertThat(s.server().requests(ADD)).hasSize(2);
        }
    }

    @Test
    void aPostIsNotRetriedAfterAServerErrorOrADroppedConnection() throws Exception {
        try (SignedIn s = SignedIn.start(PayloadFormat.JSON, b -> b.retryPolicy(fast()))) {
            s.server().on(ADD, inTurn(Reply.status(503), Reply.dropped(), Reply.status(201)));

            assertThatThrownBy(() -> s.client().call(AddParticipantOperations.POST,
                    SignedIn.link("addParticipant", ADD), input()))
                    .isInstanceOfSatisfying(UcwaErrorException.class, e -> assertThat(e.status()).isEqualTo(503));
            assertThatThrownBy(() -> s.client().call(AddParticipantOperations.POST,
                    SignedIn.link("addParticipant", ADD), input()))
                    .isInstanceOfSatisfying(UcwaTransportException.class, e -> assertThat(e.attempts()).isEqualTo(1));
            assertThat(s.server().requests(ADD)).hasSize(2);
        }
    }

    @Test
    void aGetThatNeverGetsAnAnswerFailsAfterEveryAttempt() throws Exception {
        try (SignedIn s = SignedIn.start(PayloadFormat.JSON, b -> b.retryPolicy(fast()))) {
            s.server().on(ME, request -> Reply.dropped());

            assertThatThrownBy(() -> s.client().get(SignedIn.link("me", ME), Me.class))
                    .isInstanceOfSatisfying(UcwaTransportException.class, e -> assertThat(e.attempts()).isEqualTo(4))
                    .hasMessageContaining("GET");
        }
    }

    @Test
    void aSlowExchangeTimesOut() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SignedIn s = SignedIn.start(PayloadFormat.JSON,
                b -> b.retryPolicy(RetryPolicy.none()).requestTimeout(Duration.ofMillis(300)))) {
            s.server().on(ME, request -> {
                await(release);
                return Reply.status(204);
            });

            long start = System.nanoTime();
            assertThatThrownBy(() -> s.client().get(SignedIn.link("me", ME), Me.class))
                    .isInstanceOf(UcwaTransportException.class)
                    .hasCauseInstanceOf(HttpTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            release.countDown();
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
