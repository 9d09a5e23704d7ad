package io.github.ucwakit.client.events;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the next pending GET goes: the link the server gave last (from the application, then each answer's
 * {@code next}, {@code resume} or {@code resync}), never altered, so that its {@code ack} acknowledges exactly what
 * was received. Sending the same link again after a failure acknowledges nothing new, and the server answers with the
 * same events again. The client's own query parameters are added to it when due (the first pending GET, and after
 * a {@code resume} or {@code resync}): appended to the link's query, replacing a parameter of the same name, every
 * other parameter ({@code ack} among them) kept as written. Used by one thread.
 */
final class Continuation {

    private final Map<String, String> parameters;
    private String href;
    private boolean parametersDue = true;

    Continuation(String firstHref, Map<String, String> parameters) {
        this.href = Objects.requireNonNull(firstHref, "firstHref");
        this.parameters = Map.copyOf(parameters);
    }

    /** The link the server gave last, as it gave it. */
    String href() {
        return href;
    }

    /** The href to send the next pending GET to: the server's link, with the parameters when they are due. */
    String request() {
        return parametersDue && !parameters.isEmpty() ? withParameters(href, parameters) : href;
    }

    /** The pending GET to {@link #request()} was answered; the next goes to {@code nextHref}. */
    void follow(String nextHref, boolean sendParametersAgain) {
        this.href = Objects.requireNonNull(nextHref, "nextHref");
        this.parametersDue = sendParametersAgain;
    }

    /** The href with these query parameters appended (or replacing those of the same name), the rest as written. */
    static String withParameters(String href, Map<String, String> parameters) {
        int hash = href.indexOf('#');
        String fragment = hash < 0 ? "" : href.substring(hash);
        String withoutFragment = hash < 0 ? href : href.substring(0, hash);
        int question = withoutFragment.indexOf('?');
        String path = question < 0 ? withoutFragment : withoutFragment.substring(0, question);
        List<String> pairs = new ArrayList<>();
        if (question >= 0) {
            for (String pair : withoutFragment.substring(question + 1).split("&", -1)) {
                if (!pair.isEmpty() && !parameters.containsKey(name(pair))) {
                    pairs.add(pair);
                }
            }
        }
        parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(p -> pairs.add(p.getKey() + "=" + p.getValue()));
        return path + "?" + String.join("&", pairs) + fragment;
    }

    private static String name(String pair) {
        int eq = pair.indexOf('=');
        String raw = eq < 0 ? pair : pair.substring(0, eq);
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
