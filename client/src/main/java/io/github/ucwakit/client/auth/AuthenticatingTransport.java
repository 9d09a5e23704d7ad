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
        Optional<CompletableFuture<AccessToken>> pending = authenticator.tokenFor(request.uri());
        if (pending.isEmpty()) {
            return sendAndAnswer(request, null, cancellation);
        }
        CompletableFuture<AccessToken> token = pending.get();
        if (token.isDone() && !token.isCompletedExceptionally()) {
            return sendAndAnswer(request, token.join(), cancellation);
        }
        return token.thenCompose(obtained -> sendAndAnswer(request, obtained, cancellation));
    }

    /**
     * Sends with this token and answers a challenge; a response that is already there and is no 401 (the common
     * case) is passed on as it is.
     */
    private CompletableFuture<IncomingResponse> sendAndAnswer(OutgoingRequest request, @Nullable AccessToken token,
            Cancellation cancellation) {
        CompletableFuture<IncomingResponse> sent;
        try {
            sent = sendWith(request, token, cancellation);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (sent.isDone() && !sent.isCompletedExceptionally() && sent.join().status() != 401) {
            return sent;
        }
        return sent.thenCompose(response -> answer(request, token, response, cancellation));
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
