package io.github.ucwakit.api.conformance;

import java.util.Objects;

/**
 * The verdict on one sample body.
 *
 * @param reason why it failed, is pending or what it was classified as; empty when it passed
 */
public record Outcome(Status status, String reason) {

    public Outcome {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }

    public static Outcome passed() {
        return new Outcome(Status.PASSED, "");
    }

    public static Outcome failed(String reason) {
        return new Outcome(Status.FAILED, reason);
    }

    public static Outcome pending(String reason) {
        return new Outcome(Status.PENDING, reason);
    }

    public static Outcome classified(String what) {
        return new Outcome(Status.CLASSIFIED, what);
    }
}
