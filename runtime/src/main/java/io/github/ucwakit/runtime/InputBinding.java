package io.github.ucwakit.runtime;

import java.util.function.Supplier;

/**
 * Reads one generated {@link RequestInput} class from a request body, the counterpart of
 * {@link RequestInput#writeTo}: a JSON object of parameters (links under {@code _links}) or an XML
 * {@code <input>} of {@code <property>}, {@code <propertyList>} and {@code <link>} elements. Generated per input
 * class, for example {@code AddParticipantInputBinding.INSTANCE}; members the operation does not describe are kept
 * in the input's {@link RequestInput#unknownMembers()} so that the body is written back as it came. Read with
 * {@link io.github.ucwakit.runtime.operations.RequestBodies#read}. Implementations are stateless and thread-safe.
 *
 * @param <T> the input class
 */
public interface InputBinding<T extends RequestInput> {

    /** The rel of the resource whose operation takes this input. */
    String resource();

    /** The method of that operation: POST or PUT. */
    HttpMethod method();

    /** The class this binding reads. */
    Class<T> type();

    /** Reads the body the reader stands on, to its end; a required parameter it lacks fails the read. */
    T read(ResourceReader reader);

    /**
     * Builds what a binding read, turning the builder's refusal of a missing required parameter into a
     * {@link UcwaPayloadException.Kind#MISSING_VALUE} located where the reader stands.
     */
    static <T extends RequestInput> T built(ResourceReader reader, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalStateException e) {
            throw new UcwaPayloadException(UcwaPayloadException.Kind.MISSING_VALUE, e.getMessage(),
                    reader.location());
        }
    }
}
