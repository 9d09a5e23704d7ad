package io.github.ucwakit.client.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.client.errors.UcwaAuthenticationException;
import io.github.ucwakit.client.http.Cancellation;
import io.github.ucwakit.client.http.IncomingResponse;
import io.github.ucwakit.client.http.OutgoingRequest;
import io.github.ucwakit.client.http.Transport;
import io.github.ucwakit.client.wire.MediaTypes;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

/**
 * The OAuth token service of a challenge: posts a grant as an URL-encoded form and reads the JSON answer
 * ({@code access_token}, {@code token_type}, {@code expires_in}) into an {@link AccessToken}, or its refusal
 * ({@code error}: {@code invalid_grant}, {@code unsupported_grant_type}...) into a
 * {@link UcwaAuthenticationException}. The form is marked sensitive, so no transport logs it.
 */
public final class TokenService {

    private static final System.Logger LOG = System.getLogger(TokenService.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transport transport;
    private final Clock clock;

    public TokenService(Transport transport, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Posts the grant to the token service and completes with the token it gives. */
    public CompletableFuture<AccessToken> request(URI tokenUri, Map<String, String> form) {
        OutgoingRequest post = OutgoingRequest.of("POST", tokenUri)
                .withHeader("Accept", "application/json")
                .withBody(encode(form).getBytes(StandardCharsets.UTF_8), MediaTypes.FORM, true);
        String grant = form.getOrDefault("grant_type", "(none)");
        return transport.send(post, new Cancellation()).thenApply(response -> read(response, grant));
    }

    private AccessToken read(IncomingResponse response, String grant) {
        JsonNode body = json(response);
        if (response.status() != 200) {
            String error = body == null ? null : text(body, "error");
            throw new UcwaAuthenticationException("the token service " + response.uri() + " refused the '" + grant
                    + "' grant with " + response.status(), error, null);
        }
        String token = body == null ? null : text(body, "access_token");
        if (token == null || token.isBlank()) {
            throw new UcwaAuthenticationException("the token service " + response.uri()
                    + " answered 200 without an access_token");
        }
        String type = text(body, "token_type");
        JsonNode expiresIn = body.get("expires_in");
        Instant expiresAt = expiresIn != null && expiresIn.canConvertToLong()
                ? clock.instant().plusSeconds(expiresIn.asLong())
                : null;
        LOG.log(Level.DEBUG, "obtained a {0} token with the ''{1}'' grant from {2}{3}",
                type == null ? "Bearer" : type, grant, response.uri(),
                expiresAt == null ? "" : ", valid until " + expiresAt);
        return AccessToken.of(token, type == null || type.isBlank() ? "Bearer" : type, expiresAt);
    }

    private static JsonNode json(IncomingResponse response) {
        try {
            JsonNode node = JSON.readTree(response.body());
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException notJson) {
            return null;
        } catch (java.io.IOException unreadable) {
            return null;
        }
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value == null || !value.isValueNode() ? null : value.asText();
    }

    /** The form as {@code application/x-www-form-urlencoded}, in the order given. */
    static String encode(Map<String, String> form) {
        StringJoiner joined = new StringJoiner("&");
        form.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }
}
