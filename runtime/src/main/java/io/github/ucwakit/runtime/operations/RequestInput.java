package io.github.ucwakit.runtime.operations;

/**
 * The body of a POST or PUT, built from the operation's request parameters; generated per operation (for
 * example {@code AddParticipantInput}), with required parameters checked when it is built.
 */
public interface RequestInput {

    /** Writes every parameter that has a value, in descriptor order. */
    void writeTo(InputWriter writer);
}
