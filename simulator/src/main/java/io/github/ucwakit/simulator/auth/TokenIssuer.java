package io.github.ucwakit.simulator.auth;

import io.github.ucwakit.simulator.faults.Faults;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues bearer tokens and tells a valid one: known, not past its lifetime, and not expired by
 * {@link Faults#expireTokens()}. Thread-safe.
 */
public final class TokenIssuer {

    private final Clock clock;
    private final Duration lifetime;
    private final Faults faults;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    public TokenIssuer(Clock clock, Duration lifetime, Faults faults) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    /** A new token of the configured lifetime. */
    public String issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "cwt=" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new Issued(clock.instant().plus(lifetime), faults.tokenGeneration()));
        return token;
    }

    /** The lifetime of the tokens issued, as {@code expires_in} gives it. */
    public Duration lifetime() {
        return lifetime;
    }

    /** Whether a token is valid now. */
    public boolean isValid(String token) {
        Issued issued = tokens.get(token);
        return issued != null && issued.generation == faults.tokenGeneration()
                && clock.instant().isBefore(issued.expires);
    }

    private record Issued(Instant expires, long generation) {}
}
