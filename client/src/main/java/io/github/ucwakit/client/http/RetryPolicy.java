package io.github.ucwakit.client.http;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * When to send a request again, and after how long. Only what is safe is retried:
 * <ul>
 *   <li>a 503 with {@code Retry-After}, whatever the method: the server says it did not process the request; the
 *   wait is the one it asks for, when it is at most {@link Builder#maxRetryAfter};</li>
 *   <li>for idempotent requests only (GET, PUT, DELETE), a failure without response (connection refused or dropped,
 *   a timeout) and a 502, 503 or 504, after an exponential backoff with jitter: attempt {@code n} waits a random
 *   time between half and all of {@code base * 2^(n-1)}, capped at {@link Builder#maxDelay}.</li>
 * </ul>
 * A POST is never repeated after a failure that may have reached the server. Immutable and thread-safe.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;
    private final Supplier<Instant> clock;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = builder.baseDelay;
        this.maxDelay = builder.maxDelay;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.random = builder.random;
        this.clock = builder.clock;
    }

    /** Four attempts, backoff from 100 ms up to 5 s, a {@code Retry-After} of up to 30 s honoured. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** Never retries. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How many times a request may be sent in all, the first time included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The wait before sending again after a response, or empty to keep the response.
     *
     * @param attempt how many times the request has been sent
     */
    public Optional<Duration> afterResponse(OutgoingRequest request, IncomingResponse response, int attempt) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        int status = response.status();
        if (status == 503) {
            Optional<Duration> asked = response.header("Retry-After").flatMap(this::retryAfter);
            if (asked.isPresent()) {
                return asked.get().compareTo(maxRetryAfter) <= 0 ? asked : Optional.empty();
            }
        }
        if (request.idempotent() && (status == 502 || status == 503 || status == 504)) {
            return Optional.of(backoff(attempt));
        }
        return Optional.empty();
    }

    /**
     * The wait before sending again after a failure without response, or empty to give up.
     *
     * @param attempt how many times the request has been sent
     */
    public Optional<Duration> afterFailure(OutgoingRequest request, Throwable failure, int attempt) {
        if (attempt >= maxAttempts || !request.idempotent() || !(failure instanceof IOException)) {
            return Optional.empty();
        }
        return Optional.of(backoff(attempt));
    }

    /** The wait after the {@code attempt}-th sending: between half and all of the capped exponential delay. */
    public Duration backoff(int attempt) {
        long base = baseDelay.toMillis();
        long exponential = attempt >= 31 ? Long.MAX_VALUE : base << Math.max(0, attempt - 1);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, maxDelay.toMillis());
        long jittered = capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2));
        return Duration.ofMillis(jittered);
    }

    /** A {@code Retry-After} value: seconds, or an HTTP date; empty when it is neither. */
    Optional<Duration> retryAfter(String value) {
        String text = value.trim();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.get(), when);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", maxRetryAfter=" + maxRetryAfter + "}";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {

        private int maxAttempts = 4;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration maxDelay = Duration.ofSeconds(5);
        private Duration maxRetryAfter = Duration.ofSeconds(30);
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Supplier<Instant> clock = Instant::now;

        private Builder() {}

        /** How many times a request may be sent in all; 1 for no retry. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The backoff of the first retry, doubled for each next one. */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = requirePositive(baseDelay, "baseDelay");
            return this;
        }

        /** The longest backoff. */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = requirePositive(maxDelay, "maxDelay");
            return this;
        }

        /** The longest {@code Retry-After} honoured; a 503 asking for more is returned to the caller. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = requirePositive(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /** The source of jitter, values in [0, 1); for tests that need a fixed sequence. */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** The clock an HTTP-date {@code Retry-After} is measured from. */
        public Builder clock(Supplier<Instant> clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration requirePositive(Duration duration, String name) {
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + duration);
            }
            return duration;
        }
    }
}
