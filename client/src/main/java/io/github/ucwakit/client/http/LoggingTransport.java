package io.github.ucwakit.client.http;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Logs every exchange through {@link System.Logger} (so users choose the logging framework; nothing is forced on
 * them): at {@code DEBUG} the method, URI, status, size and time of each exchange, at {@code TRACE} the headers,
 * with {@code Authorization} and cookies redacted. Bodies are never logged: the token service's answer carries the
 * token and the token request the password.
 */
public final class LoggingTransport implements Transport {

    private static final System.Logger LOG = System.getLogger(LoggingTransport.class.getName());
    private static final String REDACTED = "(redacted)";

    private final Transport next;

    public LoggingTransport(Transport next) {
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public CompletableFuture<IncomingResponse> send(OutgoingRequest request, Cancellation cancellation) {
        if (!LOG.isLoggable(Level.DEBUG)) {
            return next.send(request, cancellation);
        }
        long start = System.nanoTime();
        if (LOG.isLoggable(Level.TRACE)) {
            LOG.log(Level.TRACE, "{0} with headers {1}", request, redacted(request.headers()));
        }
        return next.send(request, cancellation).whenComplete((response, failure) -> {
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (failure != null) {
                LOG.log(Level.DEBUG, "{0} failed after {1} ms: {2}", request, millis,
                        RetryingTransport.unwrap(failure).toString());
            } else {
                LOG.log(Level.DEBUG, "{0} answered {1} ({2} bytes, {3} ms)", request, response.status(),
                        response.bodyLength(), millis);
                if (LOG.isLoggable(Level.TRACE)) {
                    LOG.log(Level.TRACE, "{0} response headers {1}", request, redactedLists(response.headers()));
                }
            }
        });
    }

    /** Whether a header may carry a credential. */
    static boolean secret(String header) {
        String name = header.toLowerCase(Locale.ROOT);
        return name.equals("authorization") || name.equals("cookie") || name.equals("set-cookie")
                || name.equals("proxy-authorization");
    }

    private static String redacted(Map<String, String> headers) {
        StringBuilder text = new StringBuilder("{");
        headers.forEach((name, value) -> text.append(text.length() > 1 ? ", " : "").append(name).append('=')
                .append(secret(name) ? REDACTED : value));
        return text.append('}').toString();
    }

    private static String redactedLists(Map<String, java.util.List<String>> headers) {
        StringBuilder text = new StringBuilder("{");
        headers.forEach((name, values) -> text.append(text.length() > 1 ? ", " : "").append(name).append('=')
                .append(secret(name) ? REDACTED : values));
        return text.append('}').toString();
    }
}
