package io.github.ucwakit.client.http;

import io.github.ucwakit.client.errors.UcwaClientException;
import io.github.ucwakit.client.errors.UcwaTransportException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Sends again what its {@link RetryPolicy} says is safe to send again, after the wait it says, without blocking a
 * thread while waiting (the next attempt is scheduled on a delayed executor). When the last attempt gets no response
 * the call fails with a {@link UcwaTransportException} counting the attempts; when it gets one, that response is the
 * result, whatever its status.
 */
public final class RetryingTransport implements Transport {

    private static final System.Logger LOG = System.getLogger(RetryingTransport.class.getName());

    private final Transport next;
    private final RetryPolicy policy;
    private final Executor executor;

    /**
     * @param executor where a retry is sent from once its wait is over
     */
    public RetryingTransport(Transport next, RetryPolicy policy, Executor executor) {
        this.next = Objects.requireNonNull(next, "next");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public CompletableFuture<IncomingResponse> send(OutgoingRequest request, Cancellation cancellation) {
        return attempt(request, cancellation, 1);
    }

    private CompletableFuture<IncomingResponse> attempt(OutgoingRequest request, Cancellation cancellation,
            int attempt) {
        if (cancellation.cancelled()) {
            return CompletableFuture.failedFuture(new CancellationException("the call was cancelled"));
        }
        CompletableFuture<IncomingResponse> sent;
        try {
            sent = next.send(request, cancellation);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        if (sent.isDone() && !sent.isCompletedExceptionally()) {
            return afterResponse(request, cancellation, attempt, sent);
        }
        return sent.handle((response, failure) -> failure != null
                        ? afterFailure(request, cancellation, attempt, failure)
                        : afterResponse(request, cancellation, attempt, CompletableFuture.completedFuture(response)))
                .thenCompose(result -> result);
    }

    /** After an attempt without response: the next attempt after a wait, or the failure of the call. */
    private CompletableFuture<IncomingResponse> afterFailure(OutgoingRequest request, Cancellation cancellation,
            int attempt, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof CancellationException || cancellation.cancelled()) {
            return CompletableFuture.failedFuture(cause);
        }
        Optional<Duration> wait = policy.afterFailure(request, cause, attempt);
        if (wait.isEmpty()) {
            return CompletableFuture.failedFuture(cause instanceof UcwaClientException
                    ? cause
                    : new UcwaTransportException(request + " got no response: " + cause, attempt, cause));
        }
        LOG.log(Level.INFO, "{0} got no response ({1}); sending it again in {2} ms (attempt {3} of {4})",
                request, cause.getClass().getSimpleName(), wait.get().toMillis(), attempt + 1,
                policy.maxAttempts());
        return later(request, cancellation, attempt + 1, wait.get());
    }

    /**
     * After an attempt that got a response ({@code answered}, complete): that response, passed on as it is, or the
     * next attempt after a wait.
     */
    private CompletableFuture<IncomingResponse> afterResponse(OutgoingRequest request, Cancellation cancellation,
            int attempt, CompletableFuture<IncomingResponse> answered) {
        IncomingResponse response = answered.join();
        Optional<Duration> wait = policy.afterResponse(request, response, attempt);
        if (wait.isEmpty()) {
            return answered;
        }
        LOG.log(Level.INFO, "{0} answered {1}; sending it again in {2} ms (attempt {3} of {4})", request,
                response.status(), wait.get().toMillis(), attempt + 1, policy.maxAttempts());
        return later(request, cancellation, attempt + 1, wait.get());
    }

    private CompletableFuture<IncomingResponse> later(OutgoingRequest request, Cancellation cancellation, int attempt,
            Duration wait) {
        if (cancellation.onBlockingCaller()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CompletableFuture.failedFuture(new CancellationException("interrupted while waiting to send "
                        + request + " again"));
            }
            return attempt(request, cancellation, attempt);
        }
        Executor delayed = CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, executor);
        CompletableFuture<Void> waiting = cancellation.track(CompletableFuture.runAsync(() -> { }, delayed));
        return waiting.thenCompose(ignored -> attempt(request, cancellation, attempt));
    }

    /** The failure inside the {@link CompletionException}s of a composed stage. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
