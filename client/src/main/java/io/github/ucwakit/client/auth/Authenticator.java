package io.github.ucwakit.client.auth;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Holds the client's access token: which origins it is sent to (those whose challenge it answers, so a token never
 * leaves for another host), when to renew it before it expires, and a single renewal at a time however many calls
 * are refused at once (they all wait for the same new token). Thread-safe: changes are made under the lock, and a
 * call that finds a valid token for its origin takes it without the lock (the token and the origins are volatile,
 * the origins replaced whole when one is added).
 */
public final class Authenticator {

    private static final System.Logger LOG = System.getLogger(Authenticator.class.getName());

    private final TokenProvider provider;
    private final TokenService service;
    private final Clock clock;
    private final Duration renewBefore;
    private volatile List<Origin> origins = List.of();
    private volatile @Nullable CompletableFuture<AccessToken> token;
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
    public Optional<CompletableFuture<AccessToken>> tokenFor(URI uri) {
        CompletableFuture<AccessToken> current = token;
        if (current == null || !sentTo(uri)) {
            return Optional.empty();
        }
        if (!current.isDone()) {
            return Optional.of(current);
        }
        if (!current.isCompletedExceptionally() && !current.join().expiresWithin(renewBefore, clock.instant())) {
            return Optional.of(current);
        }
        return renewIfExpiring(uri);
    }

    /** {@link #tokenFor} under the lock, renewing a token that is about to expire. */
    private synchronized Optional<CompletableFuture<AccessToken>> renewIfExpiring(URI uri) {
        CompletableFuture<AccessToken> current = token;
        if (current == null || !sentTo(uri)) {
            return Optional.empty();
        }
        if (challenge != null && current.isDone() && !current.isCompletedExceptionally()) {
            AccessToken valid = current.join();
            if (valid.expiresWithin(renewBefore, clock.instant())) {
                LOG.log(Level.DEBUG, "the access token expires at {0}; renewing it", valid.expiresAt().orElseThrow());
                current = obtain(challenge, valid);
                token = current;
            }
        }
        return Optional.of(current);
    }

    /** Whether the token is sent to the origin of this URI: one that challenged the client, or its token service. */
    private boolean sentTo(URI uri) {
        List<Origin> known = origins;
        for (int i = 0; i < known.size(); i++) {
            if (known.get(i).matches(uri)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token to send again after a request with {@code refused} (or without a token) was challenged: the one
     * another call already renewed, else a new one from the provider.
     */
    public synchronized CompletableFuture<AccessToken> renew(MsRtcOAuthChallenge newChallenge, URI challenged,
            @Nullable AccessToken refused) {
        addOrigin(Origin.of(challenged));
        addOrigin(Origin.of(newChallenge.tokenUri()));
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

    private void addOrigin(Origin origin) {
        if (!origins.contains(origin)) {
            List<Origin> more = new ArrayList<>(origins);
            more.add(origin);
            origins = List.copyOf(more);
        }
    }

    /** {@code scheme://host:port} of a URI, the unit a token is scoped to: scheme and host in lower case. */
    record Origin(String scheme, String host, int port) {

        static Origin of(URI uri) {
            String scheme = lowerCase(uri.getScheme());
            return new Origin(scheme, lowerCase(uri.getHost()), port(uri, scheme));
        }

        /** Whether a URI is of this origin; allocates nothing for a URI whose scheme and host are in lower case. */
        boolean matches(URI uri) {
            String otherScheme = lowerCase(uri.getScheme());
            return scheme.equals(otherScheme) && host.equals(lowerCase(uri.getHost()))
                    && port == port(uri, otherScheme);
        }

        private static int port(URI uri, String scheme) {
            int port = uri.getPort();
            return port >= 0 ? port : scheme.equals("https") ? 443 : 80;
        }

        /** Lower case; the same string when it is in lower case already. */
        private static String lowerCase(@Nullable String text) {
            return text == null ? "" : text.toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return scheme + "://" + host + ":" + port;
        }
    }
}
