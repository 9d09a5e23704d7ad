package io.github.ucwakit.runtime.json;

/**
 * Thrown while reading an object whose rel was guessed ({@link JsonMemberScanner#guessRel}) when its {@code rel}
 * member says otherwise, or is missing. Not a failure of the payload: the reader reads the object again, knowing its
 * rel. One shared instance, without a stack trace.
 */
final class RelGuessMissed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final RelGuessMissed INSTANCE = new RelGuessMissed();

    private RelGuessMissed() {
        super("the rel guessed for an object was not its rel", null, false, false);
    }
}
