package io.github.ucwakit.client;

import io.github.ucwakit.client.errors.UcwaErrorException;
import io.github.ucwakit.runtime.UcwaResource;
import java.util.List;
import java.util.Optional;

/**
 * The answers to a {@link Batch}, one per part, each read into its part's class: {@link #get} returns a part's
 * typed response or throws its own {@link UcwaErrorException} (or the
 * {@link io.github.ucwakit.runtime.UcwaPayloadException} of a body that cannot be read): a part fails alone, the
 * others keep their results.
 * Immutable.
 */
public final class BatchResults {

    private final List<Object> outcomes;

    BatchResults(List<Object> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /** How many parts the batch had. */
    public int size() {
        return outcomes.size();
    }

    /**
     * The typed response of a part.
     *
     * @throws UcwaErrorException the part's own failure, matched to its operation's error table
     * @throws io.github.ucwakit.runtime.UcwaPayloadException the part's body cannot be read into its class
     */
    @SuppressWarnings("unchecked")
    public <T extends UcwaResource> UcwaResponse<T> get(BatchPart<T> part) {
        Object outcome = outcomes.get(part.index());
        if (outcome instanceof RuntimeException failure) {
            throw failure;
        }
        return (UcwaResponse<T>) outcome;
    }

    /** A part's failure: its error response, or its unreadable body; empty when it succeeded. */
    public Optional<RuntimeException> failure(BatchPart<?> part) {
        return outcomes.get(part.index()) instanceof RuntimeException failure ? Optional.of(failure) : Optional.empty();
    }

    @Override
    public String toString() {
        return "BatchResults" + outcomes;
    }
}
