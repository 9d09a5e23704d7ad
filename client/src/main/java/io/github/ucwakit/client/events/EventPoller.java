package io.github.ucwakit.client.events;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.client.errors.UcwaClientException;
import io.github.ucwakit.client.errors.UcwaErrorException;
import io.github.ucwakit.client.errors.UcwaTransportException;
import io.github.ucwakit.client.events.ChannelConnection.ChannelIoException;
import io.github.ucwakit.client.http.IncomingResponse;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;

/**
 * The poller thread's work: one pending GET at a time on the {@link Continuation}'s link, each answer handed to the
 * {@link SignalQueue} before the next pending GET is sent (so an answer is acknowledged only once it is queued, and
 * a full queue holds the poller back). Then:
 * <ul>
 *   <li>{@code next}: followed;</li>
 *   <li>{@code resume}: the dispatcher is told, the link followed with the query parameters sent again;</li>
 *   <li>{@code resync}: the application is read again and the dispatcher told, then the link followed;</li>
 *   <li>no response (refused, dropped in the middle, timed out), a 5xx, an answer that cannot be read: the same link
 *   sent again after a {@link Backoff} (or the {@code Retry-After} of a 503), which acknowledges nothing new, so the
 *   server sends the same events again and none is lost or repeated; unreadable answers only a few times in a
 *   row;</li>
 *   <li>any other failure (404 {@code ApplicationNotFound}, 409 {@code PGetReplaced}: another client polls this
 *   application, 401 after signing in again): polling stops, and the dispatcher is told why.</li>
 * </ul>
 * Interrupting the thread stops it; its last signal is always {@link ChannelSignal.Stopped}.
 */
final class EventPoller implements Runnable {

    private static final System.Logger LOG = System.getLogger(EventPoller.class.getName());

    private final ChannelConnection connection;
    private final SignalQueue queue;
    private final Continuation continuation;
    private final String applicationHref;
    private final Backoff backoff;
    private final int maxPayloadFailures;
    private int payloadFailures;

    EventPoller(ChannelConnection connection, SignalQueue queue, Continuation continuation, String applicationHref,
            EventChannelSettings settings) {
        this.connection = connection;
        this.queue = queue;
        this.continuation = continuation;
        this.applicationHref = applicationHref;
        this.backoff = settings.backoff();
        this.maxPayloadFailures = settings.maxPayloadFailures();
    }

    @Override
    public void run() {
        Throwable failure = null;
        try {
            while (!Thread.currentThread().isInterrupted() && pollOnce()) {
                // each round trip is one pending GET
            }
        } catch (InterruptedException closing) {
            // close() on request
        } catch (RuntimeException e) {
            failure = e;
            LOG.log(Level.WARNING, "the event channel stopped: " + e.getMessage(), e);
        } finally {
            Thread.interrupted();
            try {
                queue.put(new ChannelSignal.Stopped(failure));
            } catch (InterruptedException unexpected) {
                Thread.currentThread().interrupt();
            }
            queue.close();
        }
    }

    /** One pending GET and what follows from its answer; false when the queue was closed. */
    private boolean pollOnce() throws InterruptedException {
        IncomingResponse response;
        try {
            response = connection.poll(continuation.request());
        } catch (ChannelIoException | UcwaTransportException noResponse) {
            pause(noResponse.getMessage(), Duration.ZERO);
            return true;
        }
        if (!response.success()) {
            UcwaErrorException refused = connection.failure(response);
            if (response.status() < 500) {
                throw refused;
            }
            pause(refused.getMessage(), retryAfter(response));
            return true;
        }
        EventChannelResponse answer;
        try {
            answer = connection.read(response);
        } catch (UcwaPayloadException unreadable) {
            if (++payloadFailures >= maxPayloadFailures) {
                throw unreadable;
            }
            pause("unreadable answer: " + unreadable.getMessage(), Duration.ZERO);
            return true;
        }
        payloadFailures = 0;
        return follow(answer);
    }

    private boolean follow(EventChannelResponse answer) throws InterruptedException {
        Optional<Link> next = answer.next();
        Optional<Link> resume = answer.resume();
        if (next.isEmpty() && resume.isEmpty()) {
            Link resync = answer.resync().orElseThrow(() -> new UcwaClientException("the event channel answered"
                    + " without a next, resume or resync link to " + continuation.href()));
            return resynchronize(resync);
        }
        if (resume.isPresent() && next.isEmpty() && !queue.put(new ChannelSignal.Resumed())) {
            return false;
        }
        ChannelSignal.Batch batch = new ChannelSignal.Batch(answer);
        if (batch.eventCount() > 0 && !queue.put(batch)) {
            return false;
        }
        backoff.reset();
        continuation.follow(next.orElseGet(resume::get).href(), next.isEmpty());
        return true;
    }

    private boolean resynchronize(Link resync) throws InterruptedException {
        LOG.log(Level.INFO, "the event channel answered resync to {0}; reading the application again",
                continuation.href());
        Application application;
        try {
            application = connection.fetch(applicationHref, Application.class);
        } catch (ChannelIoException | UcwaTransportException noResponse) {
            pause(noResponse.getMessage(), Duration.ZERO);
            return true;
        }
        if (!queue.put(new ChannelSignal.Resynced(application))) {
            return false;
        }
        backoff.reset();
        continuation.follow(resync.href(), true);
        return true;
    }

    /** Waits before the same pending GET is sent again. */
    private void pause(String why, Duration atLeast) throws InterruptedException {
        Duration wait = backoff.next();
        if (wait.compareTo(atLeast) < 0) {
            wait = atLeast;
        }
        LOG.log(Level.INFO, "pending GET to {0} failed ({1}); sending it again in {2} ms (failure {3} in a row)",
                continuation.href(), why, wait.toMillis(), backoff.failures());
        Thread.sleep(wait.toMillis());
    }

    /** The wait a 503 asks for in seconds; zero when it asks none. */
    private static Duration retryAfter(IncomingResponse response) {
        if (response.status() != 503) {
            return Duration.ZERO;
        }
        try {
            return response.header("Retry-After").map(String::trim).map(Long::parseLong)
                    .filter(seconds -> seconds >= 0 && seconds <= 3600).map(Duration::ofSeconds)
                    .orElse(Duration.ZERO);
        } catch (NumberFormatException notSeconds) {
            return Duration.ZERO;
        }
    }
}
