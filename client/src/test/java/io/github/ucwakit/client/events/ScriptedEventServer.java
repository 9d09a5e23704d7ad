package io.github.ucwakit.client.events;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * A scripted event channel on loopback (com.sun.net.httpserver), for the event loop's tests. The application lives
 * at {@code /app}; its events link is {@code /app/events?ack=1}. Step {@code a} of the script is what the pending
 * GET with {@code ack=a} answers: a batch of events with {@code next} to {@code ack=a+1}, the same with
 * {@code resume} instead of {@code next}, or an empty answer with only {@code next}. Faults queued at an ack come
 * first, one per pending GET with that ack: the connection dropped without an answer, half a body written and the
 * connection closed, a status (503 with {@code Retry-After: 0}, or 404 {@code ApplicationNotFound}), or a
 * {@code resync} link back to that same ack. Past the script, a pending GET is held until the server closes.
 * Answers in the format the request's {@code Accept} asks; resources that events only link to are served from
 * {@link #resource}.
 */
final class ScriptedEventServer implements AutoCloseable {

    static final String APPLICATION = "/app";
    static final String EVENTS = "/app/events";

    /** A fault a pending GET meets before the step of its ack is answered. */
    enum Fault { DROP, HALF_BODY, STATUS_503, NOT_FOUND, RESYNC }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final UcwaCodec codec = UcwaCodec.create();
    private final EventChannelCodec events = new EventChannelCodec(codec);
    private final Map<Integer, EventChannelResponse> steps = new HashMap<>();
    private final Map<Integer, String> continuations = new HashMap<>();
    private final Map<Integer, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, UcwaResource> resources = new HashMap<>();
    private final List<String> pendingGets = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile String eventsHref = EVENTS + "?ack=1";
    private volatile IntConsumer onPendingGet = ack -> { };
    private int lastStep;

    ScriptedEventServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + APPLICATION);
    }

    /** The events link the application gives (by default {@code /app/events?ack=1}). */
    ScriptedEventServer eventsLink(String href) {
        this.eventsHref = href;
        return this;
    }

    /** The next step answers with these events and {@code next}. */
    synchronized ScriptedEventServer batch(EventChannelResponse senders) {
        return step(senders, EventChannelResponse.NEXT);
    }

    /** The next step answers with these events and {@code resume}. */
    synchronized ScriptedEventServer resume(EventChannelResponse senders) {
        return step(senders, EventChannelResponse.RESUME);
    }

    /** The next step answers with no event, only {@code next}: the server's release timeout. */
    synchronized ScriptedEventServer empty() {
        return step(EventChannelResponse.builder().build(), EventChannelResponse.NEXT);
    }

    /** Faults met, in order, by the pending GETs with this ack before its step is answered. */
    synchronized ScriptedEventServer fault(int ack, Fault... queued) {
        Deque<Fault> at = faults.computeIfAbsent(ack, a -> new ArrayDeque<>());
        at.addAll(List.of(queued));
        return this;
    }

    /** A resource the server answers a GET on its self link with. */
    synchronized ScriptedEventServer resource(UcwaResource resource) {
        resources.put(resource.self().orElseThrow().href(), resource);
        return this;
    }

    /** Called with the ack of every pending GET, before it is answered (on the server's thread). */
    ScriptedEventServer onPendingGet(IntConsumer callback) {
        this.onPendingGet = callback;
        return this;
    }

    /** The query of every pending GET, in order of arrival. */
    List<String> pendingGets() {
        return new ArrayList<>(pendingGets);
    }

    /** Method and path of every request, in order of arrival. */
    List<String> requests() {
        return new ArrayList<>(requests);
    }

    /** How many steps the script has. */
    synchronized int steps() {
        return lastStep;
    }

    private ScriptedEventServer step(EventChannelResponse senders, String continuation) {
        lastStep++;
        steps.put(lastStep, senders);
        continuations.put(lastStep, continuation);
        return this;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            PayloadFormat format = String.valueOf(exchange.getRequestHeaders().getFirst("Accept")).contains("xml")
                    ? PayloadFormat.XML : PayloadFormat.JSON;
            if (path.equals(EVENTS)) {
                pendingGet(exchange, format);
            } else if (path.equals(APPLICATION)) {
                send(exchange, 200, format, codec.writeToString(application(), format));
            } else {
                UcwaResource resource;
                synchronized (this) {
                    resource = resources.get(path);
                }
                if (resource == null) {
                    send(exchange, 404, PayloadFormat.JSON, "{\"code\":\"NotFound\",\"message\":\"no " + path + "\"}");
                } else {
                    send(exchange, 200, format, codec.writeToString(resource, format));
                }
            }
        }
    }

    private UcwaResource application() {
        return codec.read("{\"rel\":\"application\",\"culture\":\"en-US\",\"_links\":{\"self\":{\"href\":\""
                + APPLICATION + "\"},\"events\":{\"href\":\"" + eventsHref.replace("\"", "\\\"") + "\"}}}",
                PayloadFormat.JSON);
    }

    private void pendingGet(HttpExchange exchange, PayloadFormat format) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        pendingGets.add(query);
        int ack = ack(query);
        onPendingGet.accept(ack);
        Fault fault;
        EventChannelResponse step;
        String continuation;
        synchronized (this) {
            Deque<Fault> at = faults.get(ack);
            fault = at == null ? null : at.pollFirst();
            step = steps.get(ack);
            continuation = continuations.get(ack);
        }
        if (fault == null && step == null) {
            try {
                closing.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        if (fault != null) {
            switch (fault) {
                case DROP -> { }
                case STATUS_503 -> {
                    exchange.getResponseHeaders().add("Retry-After", "0");
                    send(exchange, 503, PayloadFormat.JSON,
                            "{\"code\":\"ServiceUnavailable\",\"message\":\"Service unavailable\"}");
                }
                case NOT_FOUND -> send(exchange, 404, PayloadFormat.JSON,
                        "{\"code\":\"NotFound\",\"subcode\":\"ApplicationNotFound\",\"message\":\"gone\"}");
                case RESYNC -> send(exchange, 200, format, events.writeToString(EventChannelResponse.builder()
                        .link(Link.of(EventChannelResponse.RESYNC, EVENTS + "?ack=" + ack)).build(), format));
                case HALF_BODY -> {
                    byte[] body = events.writeToString(answer(ack, step, continuation), format)
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", mediaType(format));
                    exchange.sendResponseHeaders(200, body.length);
                    OutputStream out = exchange.getResponseBody();
                    out.write(body, 0, body.length / 2);
                    out.flush();
                }
            }
            return;
        }
        send(exchange, 200, format, events.writeToString(answer(ack, step, continuation), format));
    }

    private static EventChannelResponse answer(int ack, EventChannelResponse step, String continuation) {
        EventChannelResponse.Builder answer = step.toBuilder().self(Link.of("self", EVENTS + "?ack=" + ack));
        return answer.link(Link.of(continuation, EVENTS + "?ack=" + (ack + 1))).build();
    }

    private static int ack(String query) {
        for (String pair : query.split("&")) {
            if (pair.startsWith("ack=")) {
                return Integer.parseInt(pair.substring(4));
            }
        }
        throw new IllegalArgumentException("a pending GET without ack: " + query);
    }

    private static String mediaType(PayloadFormat format) {
        return format == PayloadFormat.JSON ? "application/json" : "application/xml";
    }

    private static void send(HttpExchange exchange, int status, PayloadFormat format, String text)
            throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", mediaType(format));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
