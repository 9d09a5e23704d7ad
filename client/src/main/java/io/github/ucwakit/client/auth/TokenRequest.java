package io.github.ucwakit.client.auth;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link TokenProvider} is given when the server asks for a token: the challenge (the token service and its
 * grants), the token the server refused or that expired, if any, and the way to send a grant to the token service.
 */
public final class TokenRequest {

    private final MsRtcOAuthChallenge challenge;
    private final @Nullable AccessToken previous;
    private final Function<Map<String, String>, CompletableFuture<AccessToken>> tokenService;

    public TokenRequest(MsRtcOAuthChallenge challenge, @Nullable AccessToken previous,
            Function<Map<String, String>, CompletableFuture<AccessToken>> tokenService) {
        this.challenge = Objects.requireNonNull(challenge, "challenge");
        this.previous = previous;
        this.tokenService = Objects.requireNonNull(tokenService, "tokenService");
    }

    public MsRtcOAuthChallenge challenge() {
        return challenge;
    }

    /** The token being replaced (expired or refused); empty on first sign-in. */
    public Optional<AccessToken> previous() {
        return Optional.ofNullable(previous);
    }

    /**
     * Posts a grant to the challenge's token service as an URL-encoded form ({@code grant_type} and its
     * parameters) and completes with the token it answers; fails with
     * {@link io.github.ucwakit.client.errors.UcwaAuthenticationException} when it refuses.
     */
    public CompletableFuture<AccessToken> grant(Map<String, String> form) {
        return tokenService.apply(java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(form)));
    }
}
