package io.github.ucwakit.conformance;

import java.util.Objects;

/**
 * The verdict on one sample body.
 *
 * @param reason why it failed, is pending or what it was classified as; for a pass, empty or a note on what the
 *     pass does not cover (a {@code data:} href that does not decode)
 */
public record Outcome(Status status, String reason) {

    public Outcome {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }

    public static Outcome passed() {
        return new Outcome(Status.PASSED, "");
    }

    /** A pass with a note the report shows beside it. */
    public static Outcome passedWithNote(String note) {
        return new Outcome(Status.PASSED, note);
    }

    /** Whether this is a pass that carries a note. */
    public boolean isNotedPass() {
        return status == Status.PASSED && !reason.isEmpty();
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
