package io.github.ucwakit.client.auth;

import io.github.ucwakit.client.errors.UcwaAuthenticationException;
import io.github.ucwakit.client.http.Cancellation;
import io.github.ucwakit.client.http.IncomingResponse;
import io.github.ucwakit.client.http.OutgoingRequest;
import io.github.ucwakit.client.http.Transport;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Puts the access token on each request to an origin that asked for it ({@code Authorization: Bearer ...}), and
 * answers a 401 carrying an {@code MsRtcOAuth} challenge by obtaining a token (the first sign-in, or a new one after
 * expiry) and sending the request once more. A second 401 for the same call fails it with
 * {@link UcwaAuthenticationException}; a 401 without that challenge is returned as it is.
 */
public final class AuthenticatingTransport implements Transport {

    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private final Transport next;
    private final Authenticator authenticator;

    public AuthenticatingTransport(Transport next, Authenticator authenticator) {
        this.next = Objects.requireNonNull(next, "next");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    @Override
    public CompletableFuture<IncomingResponse> send(OutgoingRequest request, Cancellation cancellation) {
        CompletableFuture<@Nullable AccessToken> first = authenticator.tokenFor(request.uri())
                .map(token -> token.<@Nullable AccessToken>thenApply(t -> t))
                .orElseGet(() -> CompletableFuture.completedFuture(null));
        return first.thenCompose(token -> sendWith(request, token, cancellation)
                .thenCompose(response -> answer(request, token, response, cancellation)));
    }

    private CompletableFuture<IncomingResponse> answer(OutgoingRequest request, @Nullable AccessToken sent,
            IncomingResponse response, Cancellation cancellation) {
        if (response.status() != 401) {
            return CompletableFuture.completedFuture(response);
        }
        Optional<MsRtcOAuthChallenge> challenge = MsRtcOAuthChallenge.parse(response.headerValues(WWW_AUTHENTICATE),
                request.uri());
        if (challenge.isEmpty()) {
            return CompletableFuture.completedFuture(response);
        }
        cancellation.throwIfCancelled();
        return authenticator.renew(challenge.get(), request.uri(), sent)
                .thenCompose(token -> sendWith(request, token, cancellation))
                .thenApply(again -> {
                    if (again.status() == 401) {
                        throw new UcwaAuthenticationException(request + " was refused with 401 again after signing in"
                                + " at " + challenge.get().tokenUri());
                    }
                    return again;
                });
    }

    private CompletableFuture<IncomingResponse> sendWith(OutgoingRequest request, @Nullable AccessToken token,
            Cancellation cancellation) {
        OutgoingRequest authorized = token == null ? request : request.withHeader("Authorization", token.authorization());
        return next.send(authorized, cancellation);
    }
}
