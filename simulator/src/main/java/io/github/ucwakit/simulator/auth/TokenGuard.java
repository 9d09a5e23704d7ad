package io.github.ucwakit.simulator.auth;

import io.github.ucwakit.simulator.http.Handler;
import io.github.ucwakit.simulator.http.SimRequest;
import io.github.ucwakit.simulator.http.UcwaFailure;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Lets a request through only with a valid {@code Authorization: Bearer} token; a missing, unknown or expired one
 * gets {@code 401 Unauthorized} with the challenge the reference shows: {@code WWW-Authenticate: MsRtcOAuth
 * href="<token URL>",grant_type="..."} with the grant types of {@link #GRANT_TYPES}.
 */
public final class TokenGuard {

    /** The grant types the challenge offers, as the reference's sample gives them. */
    public static final String GRANT_TYPES = "urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password";

    private final TokenIssuer issuer;
    private final Supplier<String> tokenUrl;

    /** {@code tokenUrl} gives the absolute URL of the token endpoint (known once the server is bound). */
    public TokenGuard(TokenIssuer issuer, Supplier<String> tokenUrl) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
    }

    /** The handler behind this guard. */
    public Handler protect(Handler handler) {
        Objects.requireNonNull(handler, "handler");
        return request -> {
            check(request);
            return handler.handle(request);
        };
    }

    /** Throws the {@code 401} challenge unless the request carries a valid token. */
    public void check(SimRequest request) {
        String authorization = request.header("Authorization").orElse("");
        String prefix = "bearer ";
        boolean bearer = authorization.length() > prefix.length()
                && authorization.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix);
        if (!bearer || !issuer.isValid(authorization.substring(prefix.length()).trim())) {
            throw new UcwaFailure(401, null, Map.of("WWW-Authenticate", challenge()));
        }
    }

    /** The value of the {@code WWW-Authenticate} header. */
    public String challenge() {
        return "MsRtcOAuth href=\"" + tokenUrl.get() + "\",grant_type=\"" + GRANT_TYPES + "\"";
    }
}
