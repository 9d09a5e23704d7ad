package io.github.ucwakit.conformance;

import java.util.Locale;

/**
 * How the bodies of one kind fared across a folder.
 *
 * @param noted how many of the passes carry a note (see {@link Outcome#isNotedPass()})
 */
public record KindCount(BodyKind kind, int bodies, int passed, int noted, int failed, int pending, int classified) {

    /** One line of a console summary. */
    public String summary() {
        return String.format(Locale.ROOT, "%-15s %4d bodies: %4d passed (%d with a note), %4d failed, %4d pending, "
                + "%4d not a resource", kind.label(), bodies, passed, noted, failed, pending, classified);
    }
}
