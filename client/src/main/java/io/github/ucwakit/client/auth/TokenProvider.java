package io.github.ucwakit.client.auth;

import io.github.ucwakit.client.errors.UcwaAuthenticationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Obtains an access token when the server challenges the client (on first sign-in, and again when a token has
 * expired). {@link #password} is the on-premises password grant; {@link #grant} sends any other grant the token
 * service accepts (Windows, passive, anonymous meeting); an application with its own way to get tokens (Azure AD)
 * implements this interface and returns them. Must not block: return a future.
 */
@FunctionalInterface
public interface TokenProvider {

    CompletableFuture<AccessToken> token(TokenRequest request);

    /**
     * The password grant: {@code grant_type=password&username=...&password=...}. Fails when the challenge does
     * not offer it.
     */
    static TokenProvider password(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        return new TokenProvider() {
            @Override
            public CompletableFuture<AccessToken> token(TokenRequest request) {
                if (!request.challenge().offers(MsRtcOAuthChallenge.PASSWORD)) {
                    return CompletableFuture.failedFuture(new UcwaAuthenticationException(
                            "the token service does not offer the password grant; it offers "
                                    + request.challenge().grantTypes()));
                }
                Map<String, String> form = new LinkedHashMap<>();
                form.put("grant_type", MsRtcOAuthChallenge.PASSWORD);
                form.put("username", username);
                form.put("password", password);
                return request.grant(form);
            }

            @Override
            public String toString() {
                return "TokenProvider.password(" + username + ", (redacted))";
            }
        };
    }

    /**
     * A grant of this type with these extra parameters (for example {@code urn:microsoft.rtc:windows} with none,
     * or {@code urn:microsoft.rtc:anonmeeting} with {@code password} and {@code ms_rtc_conferenceuri}).
     */
    static TokenProvider grant(String grantType, Map<String, String> parameters) {
        Objects.requireNonNull(grantType, "grantType");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", grantType);
        form.putAll(parameters);
        Map<String, String> fixed = java.util.Collections.unmodifiableMap(form);
        return new TokenProvider() {
            @Override
            public CompletableFuture<AccessToken> token(TokenRequest request) {
                return request.grant(fixed);
            }

            @Override
            public String toString() {
                return "TokenProvider.grant(" + grantType + ")";
            }
        };
    }
}
