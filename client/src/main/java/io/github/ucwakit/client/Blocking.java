package io.github.ucwakit.client;

import io.github.ucwakit.client.errors.UcwaClientException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The blocking variants of the client's calls: build the call as a blocking one (sent and awaited on the caller's
 * thread where it can be), wait for it, rethrow the call's own exception, and cancel the call when the waiting
 * thread is interrupted.
 */
final class Blocking {

    /** Set while a blocking method builds its call, so that the call knows it may run on the caller's thread. */
    private static final ThreadLocal<Boolean> BUILDING = new ThreadLocal<>();

    private Blocking() {}

    /** Whether the call being built is one a blocking method will wait for on this thread. */
    static boolean building() {
        return Boolean.TRUE.equals(BUILDING.get());
    }

    /**
     * Builds a call as a blocking one (its exchanges run on this thread as far as they can) and waits for it.
     */
    static <T> T await(java.util.function.Supplier<CompletableFuture<T>> call) {
        Boolean outer = BUILDING.get();
        BUILDING.set(Boolean.TRUE);
        CompletableFuture<T> future;
        try {
            future = call.get();
        } finally {
            // FALSE rather than remove(): the thread keeps its entry, so the next call sets it without a new one
            BUILDING.set(outer == null ? Boolean.FALSE : outer);
        }
        return await(future);
    }

    static <T> T await(CompletableFuture<T> call) {
        try {
            return call.get();
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new UcwaClientException("interrupted while waiting for the server; the call was cancelled", e);
        } catch (CancellationException e) {
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = Exchanges.unwrap(e.getCause());
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UcwaClientException(cause.toString(), cause);
        }
    }
}
