package io.github.ucwakit.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which requests are sent again, and when. */
class RetryPolicyTest {

    private static final URI URI_ = URI.create("http://127.0.0.1/x");
    private static final OutgoingRequest GET = OutgoingRequest.of("GET", URI_);
    private static final OutgoingRequest PUT = OutgoingRequest.of("PUT", URI_);
    private static final OutgoingRequest DELETE = OutgoingRequest.of("DELETE", URI_);
    private static final OutgoingRequest POST = OutgoingRequest.of("POST", URI_);

    private final RetryPolicy policy = RetryPolicy.builder().random(() -> 0.5).baseDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofSeconds(1)).build();

    private static IncomingResponse response(OutgoingRequest request, int status, String... headers) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return new IncomingResponse(request, status, map, new byte[0]);
    }

    @Test
    void idempotentRequestsAreRetriedAfterFailuresWithoutResponse() {
        for (OutgoingRequest request : List.of(GET, PUT, DELETE)) {
            assertThat(policy.afterFailure(request, new ConnectException("refused"), 1)).isPresent();
            assertThat(policy.afterFailure(request, new HttpTimeoutException("slow"), 1)).isPresent();
            assertThat(policy.afterFailure(request, new IOException("dropped"), 1)).isPresent();
        }
    }

    @Test
    void aPostIsNeverRetriedAfterAFailureThatMayHaveReachedTheServer() {
        assertThat(policy.afterFailure(POST, new IOException("dropped"), 1)).isEmpty();
        assertThat(policy.afterResponse(POST, response(POST, 503), 1)).isEmpty();
        assertThat(policy.afterResponse(POST, response(POST, 502), 1)).isEmpty();
        assertThat(policy.afterResponse(POST, response(POST, 500), 1)).isEmpty();
    }

    @Test
    void a503WithRetryAfterIsRetriedForAnyMethodAfterTheWaitItAsks() {
        assertThat(policy.afterResponse(POST, response(POST, 503, "Retry-After", "2"), 1))
                .contains(Duration.ofSeconds(2));
        assertThat(policy.afterResponse(GET, response(GET, 503, "Retry-After", "0"), 1)).contains(Duration.ZERO);
    }

    @Test
    void aRetryAfterDateIsMeasuredFromTheClock() {
        RetryPolicy clocked = RetryPolicy.builder().clock(() -> Instant.parse("2026-12-06T21:00:00Z")).build();

        assertThat(clocked.afterResponse(POST, response(POST, 503, "Retry-After", "Sun, 06 Dec 2026 21:00:07 GMT"), 1))
                .contains(Duration.ofSeconds(7));
    }

    @Test
    void aRetryAfterLongerThanTheLimitIsLeftToTheCaller() {
        assertThat(policy.afterResponse(POST, response(POST, 503, "Retry-After", "3600"), 1)).isEmpty();
        assertThat(policy.afterResponse(GET, response(GET, 503, "Retry-After", "soon"), 1)).isPresent();
    }

    @Test
    void idempotentRequestsAreRetriedOnGatewayAndUnavailableStatusesOnly() {
        assertThat(policy.afterResponse(GET, response(GET, 502), 1)).isPresent();
        assertThat(policy.afterResponse(GET, response(GET, 503), 1)).isPresent();
        assertThat(policy.afterResponse(GET, response(GET, 504), 1)).isPresent();
        for (int status : new int[] {200, 400, 401, 404, 409, 412, 500}) {
            assertThat(policy.afterResponse(GET, response(GET, status), 1)).as("status %d", status).isEmpty();
        }
    }

    @Test
    void noMoreThanMaxAttempts() {
        assertThat(policy.afterFailure(GET, new IOException(), 3)).isPresent();
        assertThat(policy.afterFailure(GET, new IOException(), 4)).isEmpty();
        assertThat(policy.afterResponse(POST, response(POST, 503, "Retry-After", "1"), 4)).isEmpty();
        assertThat(RetryPolicy.none().afterFailure(GET, new IOException(), 1)).isEmpty();
    }

    @Test
    void backoffDoublesWithJitterBetweenHalfAndAllUpToTheCap() {
        RetryPolicy low = RetryPolicy.builder().random(() -> 0.0).baseDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofSeconds(1)).build();
        RetryPolicy high = RetryPolicy.builder().random(() -> 0.999999).baseDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofSeconds(1)).build();

        assertThat(low.backoff(1)).isEqualTo(Duration.ofMillis(50));
        assertThat(high.backoff(1)).isEqualTo(Duration.ofMillis(99));
        assertThat(low.backoff(2)).isEqualTo(Duration.ofMillis(100));
        assertThat(low.backoff(3)).isEqualTo(Duration.ofMillis(200));
        assertThat(high.backoff(10)).isEqualTo(Duration.ofMillis(999));
        assertThat(low.backoff(60)).isEqualTo(Duration.ofMillis(500));
    }
}
