package io.github.ucwakit.conformance;

import java.util.Objects;

/**
 * What a sample body was found to be.
 *
 * @param what for a body that is not a resource, what it is (e.g. {@code SDP}); otherwise empty
 */
public record Classification(BodyKind kind, String what) {

    public Classification {
        Objects.requireNonNull(kind, "kind");
        what = what == null ? "" : what;
    }

    static Classification of(BodyKind kind) {
        return new Classification(kind, "");
    }

    static Classification notAResource(String what) {
        return new Classification(BodyKind.NOT_A_RESOURCE, what);
    }
}
