package io.github.ucwakit.client.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth access token and when it expires. Its {@link #toString()} never shows the token, so that it stays out of
 * logs and exception messages; only {@link #authorization()} reveals it, to put it in a request. Immutable.
 */
public final class AccessToken {

    private final String value;
    private final String type;
    private final @Nullable Instant expiresAt;
    private final String authorization;

    private AccessToken(String value, String type, @Nullable Instant expiresAt) {
        this.value = Objects.requireNonNull(value, "value");
        this.type = Objects.requireNonNull(type, "type");
        this.expiresAt = expiresAt;
        this.authorization = type + " " + value;
        if (value.isBlank()) {
            throw new IllegalArgumentException("an access token cannot be blank");
        }
    }

    /**
     * A token of this type ({@code Bearer}).
     *
     * @param expiresAt when it expires; {@code null} when unknown
     */
    public static AccessToken of(String value, String type, @Nullable Instant expiresAt) {
        return new AccessToken(value, type, expiresAt);
    }

    /** A bearer token that expires at the given instant ({@code null}: unknown). */
    public static AccessToken bearer(String value, @Nullable Instant expiresAt) {
        return new AccessToken(value, "Bearer", expiresAt);
    }

    /** The value of the {@code Authorization} header: the type and the token. */
    public String authorization() {
        return authorization;
    }

    /** The token itself, for a grant that sends it back ({@code ms_rtc_renew}). */
    public String value() {
        return value;
    }

    public String type() {
        return type;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** Whether the token expires within {@code margin} of {@code now}; never for a token of unknown lifetime. */
    public boolean expiresWithin(Duration margin, Instant now) {
        return expiresAt != null && !now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken{type=" + type + (expiresAt == null ? "" : ", expiresAt=" + expiresAt) + ", value=(redacted)}";
    }
}
