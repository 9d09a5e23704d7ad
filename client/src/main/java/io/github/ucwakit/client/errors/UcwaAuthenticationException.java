package io.github.ucwakit.client.errors;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sign-in failed: the server's challenge was missing or not understood, the token service refused the grant
 * ({@link #oauthError()}, for example {@code invalid_grant} or {@code unsupported_grant_type}), or a request was
 * refused with 401 again right after the client had re-authenticated. Never carries a token or a password.
 */
public class UcwaAuthenticationException extends UcwaClientException {

    private final @Nullable String oauthError;

    public UcwaAuthenticationException(String message) {
        this(message, null, null);
    }

    public UcwaAuthenticationException(String message, @Nullable String oauthError, @Nullable Throwable cause) {
        super(message + (oauthError == null ? "" : " (" + oauthError + ")"), cause);
        this.oauthError = oauthError;
    }

    /** The OAuth {@code error} code of the token service's refusal, when it gave one. */
    public Optional<String> oauthError() {
        return Optional.ofNullable(oauthError);
    }
}
