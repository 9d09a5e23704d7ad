/**
 * Signing in as the UCWA reference describes it: a 401 carries an {@code MsRtcOAuth} challenge
 * ({@link io.github.ucwakit.client.auth.MsRtcOAuthChallenge}) naming the token service and its grants; a
 * {@link io.github.ucwakit.client.auth.TokenProvider} (the password grant, any other grant, or the caller's own)
 * obtains an {@link io.github.ucwakit.client.auth.AccessToken} from the
 * {@link io.github.ucwakit.client.auth.TokenService}; the
 * {@link io.github.ucwakit.client.auth.Authenticator} keeps it and renews it once when it expires or is refused, and
 * the {@link io.github.ucwakit.client.auth.AuthenticatingTransport} puts it on requests. Tokens never appear in
 * logs or messages.
 */
package io.github.ucwakit.client.auth;
