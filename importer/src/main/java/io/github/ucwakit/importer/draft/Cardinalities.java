package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.sample.Cardinality;
import java.util.Collection;

/** Decides from the samples whether a link rel or embedded key holds an array. */
final class Cardinalities {

    private Cardinalities() {}

    /** Whether the name holds an array, and why a review is needed (or {@code null}). */
    record Decision(boolean array, String review) {}

    static Decision decide(Collection<Cardinality> seen, String what) {
        boolean array = seen.contains(Cardinality.ARRAY) || seen.contains(Cardinality.REPEATED);
        boolean single = seen.contains(Cardinality.SINGLE);
        if (array && single) {
            return new Decision(true, "samples show the " + what + " both single and as an array; array chosen");
        }
        return new Decision(array, null);
    }
}
