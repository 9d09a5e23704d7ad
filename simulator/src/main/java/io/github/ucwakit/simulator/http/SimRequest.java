package io.github.ucwakit.simulator.http;

import io.github.ucwakit.runtime.PayloadFormat;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as the routes see it: method, path, query parameters, headers (names compared without regard to case),
 * body, the format its response is written in, and the parameters its route pattern captured. Immutable.
 */
public final class SimRequest {

    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Map<String, String> pathParameters;

    private SimRequest(String method, String path, Map<String, String> query, Map<String, List<String>> headers,
            byte[] body, Map<String, String> pathParameters) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.pathParameters = pathParameters;
    }

    /**
     * A request. {@code rawQuery} is the query string as sent (percent-encoded), or {@code null}; the last of two
     * parameters of the same name wins.
     */
    public static SimRequest of(String method, String path, String rawQuery, Map<String, List<String>> headers,
            byte[] body) {
        Map<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseless.put(name, List.copyOf(values)));
        return new SimRequest(method.toUpperCase(Locale.ROOT), Objects.requireNonNull(path, "path"),
                parseQuery(rawQuery), Collections.unmodifiableMap(caseless), body.clone(), Map.of());
    }

    /** Parses {@code application/x-www-form-urlencoded} text (a query string or a form body). */
    public static Map<String, String> parseQuery(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return Collections.unmodifiableMap(parameters);
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                parameters.put(name, value);
            }
        }
        return Collections.unmodifiableMap(parameters);
    }

    /** The same request with the parameters its route captured. */
    public SimRequest withPathParameters(Map<String, String> parameters) {
        return new SimRequest(method, path, query, headers, body, Map.copyOf(parameters));
    }

    public String method() {
        return method;
    }

    /** The path, percent-decoded. */
    public String path() {
        return path;
    }

    public Map<String, String> query() {
        return query;
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /** A parameter captured by the route pattern ({@code {name}}). */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("the route captured no parameter " + name);
        }
        return value;
    }

    /** The format of the response, from {@code Accept}. */
    public PayloadFormat responseFormat() {
        return Formats.negotiate(header(Formats.ACCEPT).orElse(null));
    }

    /** The format of the body, from {@code Content-Type}; a {@code 415} failure when it is neither JSON nor XML. */
    public PayloadFormat bodyFormat() {
        Optional<String> contentType = header(Formats.CONTENT_TYPE);
        return contentType.flatMap(Formats::ofContentType).orElseThrow(() -> Failures.unsupportedMediaType(
                contentType.orElse("(none)")));
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query);
    }
}
