package io.github.ucwakit.client;

import io.github.ucwakit.client.errors.UcwaClientException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The blocking variants of the client's calls: wait for the future on the caller's thread, rethrow the call's own
 * exception, and cancel the call when the waiting thread is interrupted.
 */
final class Blocking {

    private Blocking() {}

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
