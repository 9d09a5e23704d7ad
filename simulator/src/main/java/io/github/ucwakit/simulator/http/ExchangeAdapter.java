package io.github.ucwakit.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.simulator.faults.Faults;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves HTTP exchanges with a {@link Handler}: reads the request, applies the transport faults (latency, dropped
 * connection, 503), and writes the handler's response or the error body of its failure
 * ({@link Renderer#respond(Handler, SimRequest)}).
 */
public final class ExchangeAdapter implements HttpHandler {

    /** The largest request body read; a larger one is answered {@code 413} EntityTooLarge. */
    public static final int MAX_BODY = 16 * 1024 * 1024;

    private final Handler handler;
    private final Renderer renderer;
    private final Faults faults;

    public ExchangeAdapter(Handler handler, Renderer renderer, Faults faults) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SimRequest request = read(exchange);
            if (request == null) {
                write(exchange, renderer.failure(Failures.generic(413, "EntityTooLarge", null,
                        "The request is too large."), Formats.negotiate(exchange.getRequestHeaders()
                        .getFirst(Formats.ACCEPT))));
                return;
            }
            if (faults.takeDrop()) {
                return; // closing an exchange before its headers are sent closes the connection
            }
            if (!pause(faults.latency())) {
                return;
            }
            write(exchange, respond(request));
        }
    }

    /** The response to a request, through the 503 switch and the handler. */
    public SimResponse respond(SimRequest request) {
        PayloadFormat format = request.responseFormat();
        Optional<Duration> unavailable = faults.takeUnavailable();
        if (unavailable.isPresent()) {
            return renderer.failure(Failures.serviceUnavailable(unavailable.get()), format);
        }
        return renderer.respond(handler, request);
    }

    /** The request, or {@code null} when its body is larger than {@link #MAX_BODY}. */
    private static SimRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return null;
        }
        return SimRequest.of(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
    }

    private static void write(HttpExchange exchange, SimResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        int length = response.bodyLength();
        exchange.sendResponseHeaders(response.status(), length == 0 ? -1 : length);
        if (response.cutAfter() >= 0) {
            OutputStream out = exchange.getResponseBody();
            out.write(response.bodyUnsafe(), 0, response.cutAfter());
            out.flush();
            throw new IOException("response cut after " + response.cutAfter() + " of " + length
                    + " bytes by the event channel's switch");
        }
        if (length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.bodyUnsafe());
            }
        }
    }

    private static boolean pause(Duration latency) {
        if (latency.isZero()) {
            return true;
        }
        try {
            Thread.sleep(latency.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
