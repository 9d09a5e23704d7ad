package io.github.ucwakit.benchmarks.events;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A minimal event channel on loopback for the event-loop benchmarks: {@link #emit} queues a message event (with its
 * message embedded, as the reference's samples send it) from one of the conversations; a pending GET with
 * {@code ack=a} is held until there are events, then answered with all of them as answer {@code a} and a
 * {@code next} link to {@code a+1} (asked again, answer {@code a} is sent again; answers before {@code a} are
 * forgotten). After 5 s without events it answers with only {@code next}, as a server's release timeout does.
 * {@link #awaitWaitingPoll()} waits until a pending GET is held, so that an event can be produced while the channel
 * waits for one, as most events are.
 */
public final class LoopbackEventServer implements AutoCloseable {

    static final String APPLICATION = "/app";

    static {
        // without it the JDK's server leaves Nagle's algorithm on, and each answer waits for a delayed ACK (40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<Pending> pending = new ArrayList<>();
    private final Map<Integer, byte[]> answers = new HashMap<>();
    private int waitingPolls;
    private boolean closed;

    /** One event waiting to be sent: its conversation and its rendered JSON. */
    private record Pending(int conversation, String json) {}

    public LoopbackEventServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The application's URL. */
    public URI application() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + APPLICATION);
    }

    /** The href of conversation {@code i}, the sender of its events. */
    public static String conversation(int i) {
        return APPLICATION + "/communication/conversations/c" + i;
    }

    /** Queues a message event from conversation {@code i}; {@code sequence} makes its href unique. */
    public void emit(int i, long sequence) {
        String message = conversation(i) + "/messaging/messages/" + sequence;
        String json = "{\"link\":{\"rel\":\"message\",\"href\":\"" + message + "\"},\"_embedded\":{\"message\":{"
                + "\"direction\":\"Incoming\",\"timeStamp\":\"/Date(1383784870271)/\",\"_links\":{\"self\":{\"href\":\""
                + message + "\"},\"participant\":{\"href\":\"" + conversation(i) + "/participants/lenea@contoso.com\","
                + "\"title\":\"Lene Aaling\"},\"plainMessage\":{\"href\":\"data:text/plain;charset=utf-8,Hi+Tosh\"}},"
                + "\"rel\":\"message\"}},\"type\":\"completed\",\"status\":\"Success\"}";
        synchronized (this) {
            pending.add(new Pending(i, json));
            notifyAll();
        }
    }

    /**
     * Waits until a pending GET is held with no event to answer, as a channel that has delivered everything and
     * waits for the next event; false when the server was closed first.
     */
    public synchronized boolean awaitWaitingPoll() throws InterruptedException {
        while ((waitingPolls == 0 || !pending.isEmpty()) && !closed) {
            wait();
        }
        return !closed;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
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
            if (path.equals(APPLICATION)) {
                send(exchange, ("{\"rel\":\"application\",\"_links\":{\"self\":{\"href\":\"" + APPLICATION + "\"},"
                        + "\"events\":{\"href\":\"" + APPLICATION + "/events?ack=1\"}}}")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            int ack = Integer.parseInt(query.substring(query.indexOf("ack=") + 4).split("&")[0]);
            byte[] answer = answer(ack);
            if (answer != null) {
                send(exchange, answer);
            }
        }
    }

    /** Answer {@code ack}: the one already made, or the events that arrive, or none after 5 s. */
    private synchronized byte[] answer(int ack) {
        answers.keySet().removeIf(number -> number < ack);
        byte[] made = answers.get(ack);
        if (made != null) {
            return made;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        waitingPolls++;
        notifyAll();
        try {
            while (pending.isEmpty() && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        } finally {
            waitingPolls--;
        }
        if (closed) {
            return null;
        }
        byte[] body = render(ack, pending).getBytes(StandardCharsets.UTF_8);
        pending.clear();
        answers.put(ack, body);
        return body;
    }

    private static String render(int ack, List<Pending> events) {
        StringBuilder json = new StringBuilder("{\"_links\":{\"self\":{\"href\":\"").append(APPLICATION)
                .append("/events?ack=").append(ack).append("\"},\"next\":{\"href\":\"").append(APPLICATION)
                .append("/events?ack=").append(ack + 1).append("\"}},\"sender\":[");
        int sender = -1;
        for (Pending event : events) {
            if (event.conversation() != sender) {
                if (sender >= 0) {
                    json.append("]},");
                }
                sender = event.conversation();
                json.append("{\"rel\":\"conversation\",\"href\":\"").append(conversation(sender))
                        .append("\",\"events\":[");
            } else {
                json.append(',');
            }
            json.append(event.json());
        }
        if (sender >= 0) {
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
