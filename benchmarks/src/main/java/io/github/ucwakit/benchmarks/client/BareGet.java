package io.github.ucwakit.benchmarks.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The baseline of the client's typed GET: the same request written by hand with a bare {@link HttpClient} and
 * {@link UcwaCodec}, as a user without the client would write it. From a {@link Link}, its href resolved against the
 * host and a GET built with the request timeout, {@code Accept} and the bearer token of its own password grant; the
 * status checked and the body read into {@code Me}.
 */
final class BareGet {

    /** The request timeout of both contenders. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final UcwaCodec codec;
    private final PayloadFormat format;
    private final URI base;
    private final String accept;
    private final String authorization;

    private BareGet(HttpClient http, UcwaCodec codec, PayloadFormat format, URI base, String authorization) {
        this.http = http;
        this.codec = codec;
        this.format = format;
        this.base = base;
        this.accept = format == PayloadFormat.JSON ? "application/json" : "application/xml";
        this.authorization = authorization;
    }

    /** Obtains a token with the password grant at the simulator's token service, as a hand-written client does. */
    static BareGet signIn(HttpClient http, UcwaCodec codec, PayloadFormat format, String origin, String user,
            String password) throws IOException, InterruptedException {
        String form = "grant_type=password&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest post = HttpRequest.newBuilder(URI.create(origin + "/WebTicket/oauthtoken"))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        String body = http.send(post, HttpResponse.BodyHandlers.ofString()).body();
        String token = new ObjectMapper().readTree(body).get("access_token").asText();
        return new BareGet(http, codec, format, URI.create(origin), "Bearer " + token);
    }

    /** GETs what the link points at and reads it into {@code Me}. */
    Me get(Link link) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(link.href()))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", accept)
                .header("Authorization", authorization)
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + link.href() + " answered " + response.statusCode());
        }
        return codec.read(response.body(), format, Me.class);
    }
}
