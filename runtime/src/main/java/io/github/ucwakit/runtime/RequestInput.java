package io.github.ucwakit.runtime;



/**
 * The body of a POST or PUT, built from the operation's request parameters; generated per operation (for
 * example {@code AddParticipantInput}), with required parameters checked when it is built.
 */
public interface RequestInput {

    /** Writes every parameter that has a value, in descriptor order. */
    void writeTo(InputWriter writer);

    /**
     * What a body read into this input held that the operation does not describe, written back after the
     * parameters by {@link io.github.ucwakit.runtime.operations.RequestBodies}; empty for an input built in code.
     */
    default UnknownMembers unknownMembers() {
        return UnknownMembers.empty();
    }
}
