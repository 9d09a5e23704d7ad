package io.github.ucwakit.conformance.check;

/** A {@link PageCheck} could not get as far as the conformance suite; the message says why. */
public final class CheckException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CheckException(String message) {
        super(message);
    }
}
