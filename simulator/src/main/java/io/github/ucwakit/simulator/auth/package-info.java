/**
 * Sign-in: the OAuth token endpoint (password grant), the tokens it issues and the guard that answers a request
 * without a valid token with UCWA's {@code 401} {@code MsRtcOAuth} challenge.
 */
package io.github.ucwakit.simulator.auth;
