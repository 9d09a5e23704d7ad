package io.github.ucwakit.client.auth;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Holds the client's access token: which origins it is sent to (those whose challenge it answers, so a token never
 * leaves for another host), when to renew it before it expires, and a single renewal at a time however many calls
 * are refused at once (they all wait for the same new token). Thread-safe.
 */
public final class Authenticator {

    private static final System.Logger LOG = System.getLogger(Authenticator.class.getName());

    private final TokenProvider provider;
    private final TokenService service;
    private final Clock clock;
    private final Duration renewBefore;
    private final Set<String> origins = new HashSet<>();
    private @Nullable CompletableFuture<AccessToken> token;
    private @Nullable MsRtcOAuthChallenge challenge;

    /**
     * @param renewBefore how long before its expiry a token is renewed before use
     */
    public Authenticator(TokenProvider provider, TokenService service, Clock clock, Duration renewBefore) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.service = Objects.requireNonNull(service, "service");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.renewBefore = Objects.requireNonNull(renewBefore, "renewBefore");
    }

    /**
     * The token to send to this URI: none before sign-in or for an origin that never challenged the client. A
     * token about to expire is renewed first, with the last challenge.
     */
    public synchronized Optional<CompletableFuture<AccessToken>> tokenFor(URI uri) {
        if (token == null || !origins.contains(origin(uri))) {
            return Optional.empty();
        }
        if (challenge != null && token.isDone() && !token.isCompletedExceptionally()) {
            AccessToken current = token.join();
            if (current.expiresWithin(renewBefore, clock.instant())) {
                LOG.log(Level.DEBUG, "the access token expires at {0}; renewing it", current.expiresAt().orElseThrow());
                token = obtain(challenge, current);
            }
        }
        return Optional.of(token);
    }

    /**
     * The token to send again after a request with {@code refused} (or without a token) was challenged: the one
     * another call already renewed, else a new one from the provider.
     */
    public synchronized CompletableFuture<AccessToken> renew(MsRtcOAuthChallenge newChallenge, URI challenged,
            @Nullable AccessToken refused) {
        origins.add(origin(challenged));
        origins.add(origin(newChallenge.tokenUri()));
        challenge = newChallenge;
        if (token != null && !token.isCompletedExceptionally()) {
            if (!token.isDone()) {
                return token;
            }
            AccessToken current = token.join();
            if (current != refused) {
                return token;
            }
        }
        LOG.log(Level.DEBUG, refused == null ? "signing in at {0}" : "the server refused the token; signing in again at {0}",
                newChallenge.tokenUri());
        token = obtain(newChallenge, refused);
        return token;
    }

    private CompletableFuture<AccessToken> obtain(MsRtcOAuthChallenge from, @Nullable AccessToken previous) {
        CompletableFuture<AccessToken> obtained;
        try {
            obtained = provider.token(new TokenRequest(from, previous, form -> service.request(from.tokenUri(), form)));
        } catch (RuntimeException e) {
            obtained = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<AccessToken> result = Objects.requireNonNull(obtained, "the token provider returned null");
        result.whenComplete((ok, failure) -> {
            if (failure != null) {
                forget(result);
            }
        });
        return result;
    }

    /** Drops a failed renewal, so that the next call tries again. */
    private synchronized void forget(CompletableFuture<AccessToken> failed) {
        if (token == failed) {
            token = null;
        }
    }

    /** {@code scheme://host:port} of a URI, the unit a token is scoped to. */
    static String origin(URI uri) {
        int port = uri.getPort();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (port < 0) {
            port = scheme.equals("https") ? 443 : 80;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }
}
