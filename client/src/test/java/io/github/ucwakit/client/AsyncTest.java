package io.github.ucwakit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.client.http.RetryPolicy;
import io.github.ucwakit.client.testing.FakeServer.Reply;
import io.github.ucwakit.client.testing.FakeUcwa;
import io.github.ucwakit.client.testing.SignedIn;
import io.github.ucwakit.runtime.PayloadFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous calls never block the caller's thread (the server holds every answer until the call has
 * returned), cancellation reaches the exchange and the retries, and one client serves many threads.
 */
class AsyncTest {

    private static final String ME = "/ucwa/oauth/v1/applications/105/me";

    @Test
    void signInAsyncReturnsBeforeAnyAnswerArrives() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (FakeUcwa ucwa = new FakeUcwa(PayloadFormat.JSON)) {
            ucwa.server().on("/autodiscover", holding(release, ucwa.server().requests().isEmpty()
                    ? ucwaRoot(ucwa) : null));
            UcwaClient client = UcwaClient.builder(ucwa.rootUri()).password(FakeUcwa.USER, FakeUcwa.PASSWORD).build();

            long start = System.nanoTime();
            CompletableFuture<Application> signIn = client.signInAsync();
            long returnedAfter = System.nanoTime() - start;

            assertThat(signIn).isNotDone();
            assertThat(Duration.ofNanos(returnedAfter)).isLessThan(Duration.ofMillis(500));
            release.countDown();
            assertThat(signIn.get(10, TimeUnit.SECONDS).culture()).isEqualTo("en-US");
        } finally {
            release.countDown();
        }
    }

    @Test
    void anAsyncCallNeedingANewTokenDoesNotBlockTheCaller() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SignedIn s = SignedIn.start(PayloadFormat.XML, b -> b)) {
            s.server().on(ME, s.ucwa().authorized(request -> s.ucwa().body(200, Me.builder().name("Lene").build())));
            s.ucwa().expireTokens();
            s.server().on("/WebTicket/oauthtoken", holding(release, null));

            long start = System.nanoTime();
            CompletableFuture<Tagged<Me>> read = s.client().getAsync(SignedIn.link("me", ME), Me.class);
            long returnedAfter = System.nanoTime() - start;

            assertThat(read).isNotDone();
            assertThat(Duration.ofNanos(returnedAfter)).isLessThan(Duration.ofMillis(500));
        } finally {
            release.countDown();
        }
    }

    @Test
    void cancellingACallAbortsTheExchangeAndItsRetries() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RetryPolicy retryAll = RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).build();
        try (SignedIn s = SignedIn.start(PayloadFormat.JSON, b -> b.retryPolicy(retryAll))) {
            s.server().on(ME, request -> {
                ResilienceTest.await(release);
                return Reply.status(503);
            });

            CompletableFuture<Tagged<Me>> read = s.client().getAsync(SignedIn.link("me", ME), Me.class);
            waitFor(() -> s.server().requests(ME).size() == 1);
            read.cancel(true);
            release.countDown();
            Thread.sleep(300);

            assertThat(read).isCancelled();
            assertThatThrownBy(read::join).isInstanceOf(CancellationException.class);
            assertThat(s.server().requests(ME)).hasSize(1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void interruptingABlockingCallCancelsItAndItsRetries() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RetryPolicy retryAll = RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).build();
        try (SignedIn s = SignedIn.start(PayloadFormat.JSON, b -> b.retryPolicy(retryAll))) {
            s.server().on(ME, request -> {
                ResilienceTest.await(release);
                return Reply.status(503);
            });
            java.util.concurrent.atomic.AtomicReference<Throwable> caught = new java.util.concurrent.atomic.AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    s.client().get(SignedIn.link("me", ME), Me.class);
                } catch (Throwable e) {
                    caught.set(e);
                }
            });
            caller.start();
            waitFor(() -> s.server().requests(ME).size() == 1);
            caller.interrupt();
            caller.join(5000);
            release.countDown();
            Thread.sleep(300);

            assertThat(caller.isAlive()).isFalse();
            assertThat(caught.get()).isInstanceOfAny(CancellationException.class,
                    io.github.ucwakit.client.errors.UcwaClientException.class);
            assertThat(s.server().requests(ME)).hasSize(1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void cancellingDuringARetryWaitSendsNothingMore() throws Exception {
        try (SignedIn s = SignedIn.start(PayloadFormat.JSON, b -> b)) {
            s.server().on(ME, request -> Reply.status(503).header("Retry-After", "1"));

            CompletableFuture<Tagged<Me>> read = s.client().getAsync(SignedIn.link("me", ME), Me.class);
            waitFor(() -> s.server().requests(ME).size() == 1);
            Thread.sleep(100);
            read.cancel(true);
            Thread.sleep(1500);

            assertThat(s.server().requests(ME)).hasSize(1);
        }
    }

    @Test
    void oneClientServesManyThreadsAndRenewsAnExpiredTokenOnce() throws Exception {
        try (SignedIn s = SignedIn.start(PayloadFormat.JSON, b -> b)) {
            s.server().on(ME, s.ucwa().authorized(request -> s.ucwa().body(200, Me.builder().name("Lene").build())));
            s.ucwa().expireTokens();
            ExecutorService threads = Executors.newFixedThreadPool(16);
            try {
                List<java.util.concurrent.Future<Tagged<Me>>> reads = new ArrayList<>();
                CountDownLatch start = new CountDownLatch(1);
                for (int i = 0; i < 64; i++) {
                    reads.add(threads.submit(() -> {
                        start.await();
                        return s.client().get(SignedIn.link("me", ME), Me.class);
                    }));
                }
                start.countDown();
                for (java.util.concurrent.Future<Tagged<Me>> read : reads) {
                    assertThat(read.get(20, TimeUnit.SECONDS).value().name()).isEqualTo("Lene");
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(s.ucwa().tokensIssued()).isEqualTo(2);
        }
    }

    private static java.util.function.Function<io.github.ucwakit.client.testing.FakeServer.Recorded, Reply> holding(
            CountDownLatch release, Reply reply) {
        return request -> {
            ResilienceTest.await(release);
            return reply == null ? Reply.status(503) : reply;
        };
    }

    private static Reply ucwaRoot(FakeUcwa ucwa) {
        return ucwa.body(200, io.github.ucwakit.api.Root.builder()
                .userLink(io.github.ucwakit.runtime.Link.of("user", ucwa.uri("/user").toString())).build());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
