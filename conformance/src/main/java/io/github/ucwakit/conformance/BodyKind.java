package io.github.ucwakit.conformance;

import java.util.Locale;

/** What a sample body is, as the conformance report counts it. */
public enum BodyKind {
    /** A UCWA resource in a response. */
    RESOURCE,
    /**
     * A request body: the input of an operation (a JSON object without rel, an XML {@code <input>}), or the
     * resource a PUT sends back.
     */
    INPUT,
    /** An event-channel envelope delivered with an event. */
    EVENT,
    /** A body that is not a UCWA resource: SDP, text, an image, a multipart batch, OPTIONS metadata. */
    NOT_A_RESOURCE;

    /** The name the report uses: {@code resource}, {@code input}, {@code event}, {@code not a resource}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
