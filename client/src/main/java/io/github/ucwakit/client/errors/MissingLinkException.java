package io.github.ucwakit.client.errors;

/**
 * A link the caller asked to follow is absent from the resource. In UCWA the absence of a link means the action is
 * not available now (state, policy); ask for the optional variant of the call to treat that as a normal outcome.
 */
public class MissingLinkException extends UcwaClientException {

    private final String rel;

    public MissingLinkException(String sourceRel, String rel) {
        super("the " + sourceRel + " resource has no '" + rel + "' link");
        this.rel = rel;
    }

    /** The rel of the absent link. */
    public String rel() {
        return rel;
    }
}
