package io.github.ucwakit.client.events;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.DoubleSupplier;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How an {@link EventChannel} polls and dispatches. The query parameters of the pending GET ({@code timeout},
 * {@code low}, {@code medium}, {@code priority}) are sent only when set, on the first pending GET and again after a
 * {@code resume} or {@code resync} (the server remembers them until the channel is made again); unset, the server's
 * defaults hold (180 s, 15 s, 5 s, 0). Immutable; {@link #defaults()} or {@link #builder()}.
 */
public final class EventChannelSettings {

    /** The server's default release timeout without events, the reference's {@code timeout} default. */
    public static final Duration SERVER_DEFAULT_TIMEOUT = Duration.ofSeconds(180);

    private final Integer timeoutSeconds;
    private final Integer lowSeconds;
    private final Integer mediumSeconds;
    private final Integer priority;
    private final Duration grace;
    private final int queueCapacity;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final DoubleSupplier random;
    private final int maxPayloadFailures;
    private final Duration closeTimeout;

    private EventChannelSettings(Builder builder) {
        this.timeoutSeconds = builder.timeoutSeconds;
        this.lowSeconds = builder.lowSeconds;
        this.mediumSeconds = builder.mediumSeconds;
        this.priority = builder.priority;
        this.grace = builder.grace;
        this.queueCapacity = builder.queueCapacity;
        this.baseDelay = builder.baseDelay;
        this.maxDelay = builder.maxDelay;
        this.random = builder.random;
        this.maxPayloadFailures = builder.maxPayloadFailures;
        this.closeTimeout = builder.closeTimeout;
    }

    /** The server's aggregation defaults, 1,000 queued events, reconnection from 500 ms up to 30 s. */
    public static EventChannelSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The query parameters to add to a pending GET's link when they are sent, in a fixed order. */
    Map<String, String> queryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "timeout", timeoutSeconds);
        put(parameters, "medium", mediumSeconds);
        put(parameters, "low", lowSeconds);
        put(parameters, "priority", priority);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Integer value) {
        if (value != null) {
            parameters.put(name, Integer.toString(value));
        }
    }

    /** The {@code timeout} sent, if set. */
    public OptionalInt timeoutSeconds() {
        return timeoutSeconds == null ? OptionalInt.empty() : OptionalInt.of(timeoutSeconds);
    }

    /**
     * How long the client waits for the answer to one pending GET before it counts as a network failure: the
     * server's release timeout (the one sent, else {@link #SERVER_DEFAULT_TIMEOUT}) plus a grace period.
     */
    public Duration requestTimeout() {
        Duration server = timeoutSeconds == null ? SERVER_DEFAULT_TIMEOUT : Duration.ofSeconds(timeoutSeconds);
        return server.plus(grace);
    }

    /**
     * How many received events may wait for dispatch. When the queue holds this many, the poller sends no pending
     * GET until the dispatcher takes some: the server keeps the events, unacknowledged, so nothing is lost.
     */
    public int queueCapacity() {
        return queueCapacity;
    }

    /** The reconnection backoff of this settings' delays and jitter. */
    Backoff backoff() {
        return new Backoff(baseDelay, maxDelay, random);
    }

    /** How many malformed answers in a row the channel reads again before it stops. */
    public int maxPayloadFailures() {
        return maxPayloadFailures;
    }

    /** How long {@link EventChannel#close()} lets the dispatcher deliver what was already received. */
    public Duration closeTimeout() {
        return closeTimeout;
    }

    @Override
    public String toString() {
        return "EventChannelSettings{parameters=" + queryParameters() + ", queueCapacity=" + queueCapacity
                + ", backoff=" + baseDelay + ".." + maxDelay + "}";
    }

    /** Builds {@link EventChannelSettings}. Not thread-safe. */
    public static final class Builder {

        private Integer timeoutSeconds;
        private Integer lowSeconds;
        private Integer mediumSeconds;
        private Integer priority;
        private Duration grace = Duration.ofSeconds(30);
        private int queueCapacity = 1000;
        private Duration baseDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(30);
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private int maxPayloadFailures = 3;
        private Duration closeTimeout = Duration.ofSeconds(10);

        private Builder() {}

        /** The {@code timeout} parameter: seconds without events before the server answers with only a next link. */
        public Builder timeout(Duration timeout) {
            this.timeoutSeconds = seconds(timeout, "timeout");
            return this;
        }

        /** The {@code low} parameter: how long low-priority events are aggregated. */
        public Builder low(Duration low) {
            this.lowSeconds = seconds(low, "low");
            return this;
        }

        /** The {@code medium} parameter: how long medium-priority events are aggregated. */
        public Builder medium(Duration medium) {
            this.mediumSeconds = seconds(medium, "medium");
            return this;
        }

        /** The {@code priority} parameter: which of two pending GETs with the same ack the server keeps. */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /** Added to the server's release timeout to bound one pending GET (30 s by default). */
        public Builder grace(Duration grace) {
            this.grace = nonNegative(grace, "grace");
            return this;
        }

        /** How many received events may wait for dispatch (1,000 by default); at least 1. */
        public Builder queueCapacity(int queueCapacity) {
            if (queueCapacity < 1) {
                throw new IllegalArgumentException("queueCapacity must be at least 1: " + queueCapacity);
            }
            this.queueCapacity = queueCapacity;
            return this;
        }

        /**
         * The reconnection backoff after a network failure or a 5xx: the {@code n}-th failure in a row waits a random
         * time between half and all of {@code base * 2^(n-1)}, capped at {@code max}; a success starts again.
         */
        public Builder backoff(Duration base, Duration max) {
            this.baseDelay = nonNegative(base, "base");
            this.maxDelay = nonNegative(max, "max");
            return this;
        }

        /** The source of jitter, values in [0, 1); for tests that need a fixed sequence. */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** How many malformed answers in a row are read again before the channel stops (3 by default). */
        public Builder maxPayloadFailures(int maxPayloadFailures) {
            if (maxPayloadFailures < 1) {
                throw new IllegalArgumentException("maxPayloadFailures must be at least 1: " + maxPayloadFailures);
            }
            this.maxPayloadFailures = maxPayloadFailures;
            return this;
        }

        /** How long {@link EventChannel#close()} waits for the events already received to be delivered. */
        public Builder closeTimeout(Duration closeTimeout) {
            this.closeTimeout = nonNegative(closeTimeout, "closeTimeout");
            return this;
        }

        public EventChannelSettings build() {
            return new EventChannelSettings(this);
        }

        private static int seconds(Duration duration, String name) {
            nonNegative(duration, name);
            long seconds = duration.toSeconds();
            if (seconds > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(name + " is too long: " + duration);
            }
            return (int) seconds;
        }

        private static Duration nonNegative(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + duration);
            }
            return duration;
        }
    }
}
