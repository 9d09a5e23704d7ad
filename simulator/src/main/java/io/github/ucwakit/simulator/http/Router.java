package io.github.ucwakit.simulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Routes a request to the handler of its path pattern and method. A pattern is a path whose segments are literal or
 * {@code {name}}, which captures one segment ({@link SimRequest#pathParameter(String)}); literal segments win over
 * captures when two patterns match. A path no pattern matches is a {@code 404}, a method its pattern lacks a
 * {@code 405} with {@code Allow}. Routes may be added while requests are served.
 */
public final class Router implements Handler {

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /** Adds the handler of a method on a pattern. */
    public Router add(String method, String pattern, Handler handler) {
        Objects.requireNonNull(handler, "handler");
        Route route = routes.stream().filter(r -> r.pattern.equals(pattern)).findFirst().orElseGet(() -> {
            Route created = new Route(pattern);
            routes.add(created);
            return created;
        });
        if (route.handlers.putIfAbsent(method, handler) != null) {
            throw new IllegalArgumentException("two handlers for " + method + " " + pattern);
        }
        return this;
    }

    @Override
    public SimResponse handle(SimRequest request) {
        Route best = null;
        Map<String, String> bestParameters = null;
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(request.path());
            if (parameters.isPresent() && (best == null || parameters.get().size() < bestParameters.size())) {
                best = route;
                bestParameters = parameters.get();
            }
        }
        if (best == null) {
            throw Failures.notFound(request.path());
        }
        Handler handler = best.handlers.get(request.method());
        if (handler == null) {
            throw Failures.methodNotAllowed(request.method(), String.join(", ", best.handlers.keySet()));
        }
        return handler.handle(request.withPathParameters(bestParameters));
    }

    private static final class Route {

        final String pattern;
        final List<String> segments;
        final Map<String, Handler> handlers = new ConcurrentSkipListMap<>();

        Route(String pattern) {
            this.pattern = pattern;
            this.segments = split(pattern);
        }

        Optional<Map<String, String>> match(String path) {
            List<String> actual = split(path);
            if (actual.size() != segments.size()) {
                return Optional.empty();
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < segments.size(); i++) {
                String expected = segments.get(i);
                if (expected.startsWith("{") && expected.endsWith("}")) {
                    parameters.put(expected.substring(1, expected.length() - 1), actual.get(i));
                } else if (!expected.equalsIgnoreCase(actual.get(i))) {
                    return Optional.empty();
                }
            }
            return Optional.of(parameters);
        }

        private static List<String> split(String path) {
            List<String> parts = new ArrayList<>();
            for (String part : path.split("/")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return parts;
        }
    }
}
