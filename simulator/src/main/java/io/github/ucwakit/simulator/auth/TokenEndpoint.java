package io.github.ucwakit.simulator.auth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ucwakit.simulator.http.Formats;
import io.github.ucwakit.simulator.http.Handler;
import io.github.ucwakit.simulator.http.SimRequest;
import io.github.ucwakit.simulator.http.SimResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/**
 * The OAuth token endpoint ({@code POST}, {@code application/x-www-form-urlencoded}), as "Authentication in UCWA"
 * describes it: the password grant with the configured credentials answers {@code 200} with
 * {@code {"access_token":"cwt=...","expires_in":N,"ms_rtc_identityscope":"local","token_type":"Bearer"}}; wrong
 * credentials {@code 400 {"error":"invalid_grant"}}; another grant type {@code unsupported_grant_type}; a body that
 * is not a form or lacks a parameter {@code invalid_request}. Always JSON, as the reference shows.
 */
public final class TokenEndpoint implements Handler {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Credentials credentials;
    private final TokenIssuer issuer;

    public TokenEndpoint(Credentials credentials, TokenIssuer issuer) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    @Override
    public SimResponse handle(SimRequest request) {
        String contentType = request.header(Formats.CONTENT_TYPE).map(Formats::mediaType).orElse("");
        if (!contentType.equals(FORM)) {
            return error("invalid_request");
        }
        Map<String, String> form = SimRequest.parseQuery(request.bodyText());
        String grantType = form.get("grant_type");
        if (grantType == null) {
            return error("invalid_request");
        }
        if (!grantType.equals("password")) {
            return error("unsupported_grant_type");
        }
        String user = form.get("username");
        String password = form.get("password");
        if (user == null || password == null) {
            return error("invalid_request");
        }
        if (!credentials.accepts(user, password)) {
            return error("invalid_grant");
        }
        return token(issuer.issue());
    }

    private SimResponse token(String token) {
        return json(200, generator -> {
            generator.writeStringField("access_token", token);
            generator.writeNumberField("expires_in", issuer.lifetime().toSeconds());
            generator.writeStringField("ms_rtc_identityscope", "local");
            generator.writeStringField("token_type", "Bearer");
        });
    }

    private static SimResponse error(String code) {
        return json(400, generator -> generator.writeStringField("error", code));
    }

    private static SimResponse json(int status, Members members) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            generator.writeStartObject();
            members.write(generator);
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SimResponse.text(status, Formats.JSON + "; charset=utf-8", text.toString())
                .withHeader("Pragma", "no-cache");
    }

    @FunctionalInterface
    private interface Members {
        void write(JsonGenerator generator) throws IOException;
    }
}
