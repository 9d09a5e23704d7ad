package io.github.ucwakit.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.simulator.faults.Faults;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves HTTP exchanges with a {@link Handler}: reads the request, applies the transport faults (latency, dropped
 * connection, 503), calls the handler and writes its response, or the error body of the failure it threw. A body
 * that cannot be read as its content type claims is a {@code 400} DeserializationFailure (ParameterValidationFailure
 * when a required parameter is missing); anything else the handler
 * throws a {@code 500} ServiceFailure, logged.
 */
public final class ExchangeAdapter implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(ExchangeAdapter.class.getName());

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
        try {
            return handler.handle(request);
        } catch (UcwaFailure failure) {
            return renderer.failure(failure, format);
        } catch (UcwaPayloadException e) {
            UcwaFailure failure = e.kind() == UcwaPayloadException.Kind.MISSING_VALUE
                    ? Failures.parameterValidationFailure(e.location(), e.getMessage())
                    : Failures.deserializationFailure(e.getMessage());
            return renderer.failure(failure, format);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the simulator failed on " + request, e);
            return renderer.failure(Failures.serviceFailure(e.toString()), format);
        }
    }

    private static SimRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return SimRequest.of(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
    }

    private static void write(HttpExchange exchange, SimResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        int length = response.bodyLength();
        exchange.sendResponseHeaders(response.status(), length == 0 ? -1 : length);
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
