package io.github.ucwakit.simulator;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.ApplicationsInput;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.operations.RequestBodies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * What a test client needs to talk to the simulator with a bare {@link HttpClient} and {@link UcwaCodec}: requests
 * in one format, the sign-in flow, reading bodies.
 */
final class Wire {

    static final UcwaCodec CODEC = UcwaCodec.create();

    final UcwaSimulator simulator;
    final PayloadFormat format;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String token;

    Wire(UcwaSimulator simulator, PayloadFormat format) {
        this.simulator = simulator;
        this.format = format;
    }

    String mediaType() {
        return format == PayloadFormat.XML ? "application/xml" : "application/json";
    }

    URI uri(String href) {
        return href.startsWith("http") ? URI.create(href) : URI.create(simulator.origin() + href);
    }

    HttpRequest.Builder request(String href) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(href)).timeout(Duration.ofSeconds(20))
                .header("Accept", mediaType());
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String href) {
        return send(request(href).GET().build());
    }

    HttpResponse<String> post(String href, String contentType, String body) {
        return send(request(href).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> postResource(String href, UcwaResource resource) {
        return post(href, mediaType(), CODEC.writeToString(resource, format));
    }

    HttpResponse<String> delete(String href) {
        return send(request(href).DELETE().build());
    }

    <T extends UcwaResource> T read(HttpResponse<String> response, Class<T> type) {
        return CODEC.read(response.body(), format, type);
    }

    /** Signs in: autodiscovery, the challenge, the token; returns the user resource's applications href. */
    String signIn() {
        HttpResponse<String> root = get(simulator.rootUri().toString());
        String userHref = link(CODEC.read(root.body(), format), "user");
        HttpResponse<String> challenge = get(userHref);
        String header = challenge.headers().firstValue("WWW-Authenticate").orElseThrow();
        String tokenUrl = header.replaceFirst("^MsRtcOAuth href=\"([^\"]+)\".*$", "$1");
        HttpResponse<String> tokenResponse = post(tokenUrl, "application/x-www-form-urlencoded",
                "grant_type=password&username=" + simulator.userName() + "&password=" + simulator.password());
        token = tokenResponse.body().replaceFirst("^.*\"access_token\":\"([^\"]+)\".*$", "$1");
        HttpResponse<String> user = get(userHref);
        return link(CODEC.read(user.body(), format), "applications");
    }

    /** Signs in and creates an application. */
    Application application() {
        String applications = signIn();
        ApplicationsInput input = ApplicationsInput.builder().userAgent("wire-test/1.0")
                .endpointId(UUID.randomUUID().toString()).culture("en-US").build();
        HttpResponse<String> created = post(applications, mediaType(), RequestBodies.writeToString(input, format));
        return read(created, Application.class);
    }

    static String link(UcwaResource resource, String rel) {
        if (resource instanceof GenericResource generic) {
            return generic.unknownMembers().links().stream().filter(l -> l.rel().equals(rel)).findFirst()
                    .map(Link::href).orElseThrow(() -> new AssertionError("no link " + rel + " in " + resource));
        }
        if (resource instanceof io.github.ucwakit.api.Root root) {
            return switch (rel) {
                case "user" -> root.userLink().orElseThrow().href();
                case "redirect" -> root.redirectLink().orElseThrow().href();
                default -> root.xframeLink().orElseThrow().href();
            };
        }
        throw new AssertionError("no link " + rel + " in " + resource);
    }
}
